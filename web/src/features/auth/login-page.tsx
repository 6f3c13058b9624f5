import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBuildingCastle, IconLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../../ui/error-message';
import { applyLocale } from '../../i18n/i18n';
import { LanguageSwitcher } from '../shell/language-switcher';
import { login, useMe, useSetMe } from './auth.api';

export function LoginPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const setMe = useSetMe();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [failure, setFailure] = useState<string | null>(null);

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      if (user.locale) void applyLocale(user.locale);
      setMe(user);
      void navigate(from, { replace: true });
    },
    onError: (err) => setFailure(errorMessage(t, err)),
  });

  if (me) return <Navigate to={from} replace />;

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageSwitcher />
      </Group>
      <Center pt={40} px="md">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={400}>
          <Stack gap="xs" align="center" mb="lg">
            <IconBuildingCastle size={40} color="var(--mantine-color-indigo-6)" aria-hidden />
            <Title order={2}>{t('app.name')}</Title>
            <Text c="dimmed" size="sm" ta="center">
              {t('login.subtitle')}
            </Text>
          </Stack>
          <form
            onSubmit={form.onSubmit((values) => {
              setFailure(null);
              mutation.mutate({ email: values.email.trim(), password: values.password });
            })}
            noValidate
          >
            <Stack>
              {failure && (
                <Alert color="red" variant="light" icon={<IconLock size={18} />} role="alert">
                  {failure}
                </Alert>
              )}
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                data-autofocus
                autoFocus
                required
                {...form.getInputProps('email')}
              />
              <PasswordInput label={t('login.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
              <Button type="submit" fullWidth loading={mutation.isPending}>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
