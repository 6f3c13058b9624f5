import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { applyServerErrors } from '../../ui/server-errors';
import { notifySuccess } from '../../ui/notify';
import { NewPasswordField } from '../auth/password-field';
import { resetUserPassword } from './users.api';
import { strongPassword } from './user-validation';
import { FormError } from '../../ui/form-parts';

function ResetForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { newPassword: '', confirm: '' },
    validate: {
      newPassword: strongPassword(t),
      confirm: (v, values) => (v === values.newPassword ? null : t('validation.passwordMismatch')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: { newPassword: string }) => resetUserPassword(user.id, { newPassword: v.newPassword }),
    onSuccess: () => {
      notifySuccess(t('users.passwordReset', { name: user.name }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { weak_password: 'newPassword' })),
  });
  return (
    <form
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        mutation.mutate(v);
      })}
      noValidate
    >
      <Stack>
        <Text size="sm">{t('users.resetPasswordHint', { name: user.name })}</Text>
        <FormError message={formError} />
        <NewPasswordField label={t('password.new')} required data-autofocus {...form.getInputProps('newPassword')} value={form.values.newPassword} />
        <PasswordInput label={t('password.confirm')} required autoComplete="new-password" {...form.getInputProps('confirm')} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={mutation.isPending}>
            {t('users.resetPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function UserPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(user)} onClose={onClose} title={t('users.resetPassword')}>
      {user && <ResetForm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}
