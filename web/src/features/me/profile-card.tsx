import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../api/types';
import { applyLocale } from '../../i18n/i18n';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { updateMe, useCurrentUser, useSetMe } from '../auth/auth.api';
import { roleColors } from '../roles/role-options';
import { FormError } from '../../ui/form-parts';

export function ProfileCard() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const setMe = useSetMe();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: me.name, locale: (me.locale ?? null) as string | null },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => updateMe({ name: v.name.trim(), ...(v.locale ? { locale: v.locale as Locale } : {}) }),
    onSuccess: (user) => {
      if (user.locale) void applyLocale(user.locale);
      setMe(user);
      form.resetDirty();
      notifySuccess(t('me.profileSaved'));
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb="md">
        {t('me.profile')}
      </Title>
      <form
        onSubmit={form.onSubmit((v) => {
          setFormError(null);
          mutation.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <FormError message={formError} />
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {me.email}
            </Text>
            <Badge variant="light" color={roleColors[me.role] ?? 'gray'}>
              {t(`roles.names.${me.role}`, { defaultValue: me.role })}
            </Badge>
          </Group>
          <TextInput label={t('users.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('users.fields.locale')}
            allowDeselect={false}
            data={[
              { value: 'zh-CN', label: t('locales.zh-CN') },
              { value: 'en', label: t('locales.en') },
            ]}
            placeholder={t('users.localeDefault')}
            {...form.getInputProps('locale')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
