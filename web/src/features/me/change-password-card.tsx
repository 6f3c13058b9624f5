import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { changePassword, sessionsKey } from '../auth/auth.api';
import { NewPasswordField } from '../auth/password-field';
import { meetsPasswordRule } from '../auth/password-strength';
import { FormError } from '../../ui/form-parts';

export function ChangePasswordCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.required')),
      newPassword: (v, values) =>
        !meetsPasswordRule(v) ? t('validation.weakPassword') : v === values.currentPassword ? t('validation.samePassword') : null,
      confirm: (v, values) => (v === values.newPassword ? null : t('validation.passwordMismatch')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      form.reset();
      void client.invalidateQueries({ queryKey: sessionsKey });
      notifySuccess(t('me.passwordChanged'));
    },
    onError: (err) =>
      setFormError(applyServerErrors(form, err, t, { wrong_current_password: 'currentPassword', weak_password: 'newPassword' })),
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb={4}>
        {t('me.changePassword')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('me.changePasswordHint')}
      </Text>
      <form
        onSubmit={form.onSubmit((v) => {
          setFormError(null);
          mutation.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <FormError message={formError} />
          <PasswordInput label={t('password.current')} required autoComplete="current-password" {...form.getInputProps('currentPassword')} />
          <NewPasswordField label={t('password.new')} required {...form.getInputProps('newPassword')} value={form.values.newPassword} />
          <PasswordInput label={t('password.confirm')} required autoComplete="new-password" {...form.getInputProps('confirm')} />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {t('me.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
