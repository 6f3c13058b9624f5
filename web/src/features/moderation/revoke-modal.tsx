import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { useRevokeSanction } from './moderation.api';

/** Lifts a sanction with a reason; it stays on record, marked revoked, and the game is told. */
export function RevokeModal({ sanctionId, onClose }: { sanctionId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeSanction();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (!v.trim() ? t('casework.moderation.form.reasonRequired') : v.length > 2000 ? t('validation.tooLong', { max: 2000 }) : null) },
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = (values: { reason: string }) => {
    if (!sanctionId) return;
    revoke.mutate(
      { id: sanctionId, reason: values.reason.trim() },
      {
        onSuccess: () => {
          notifySuccess(t('casework.moderation.revoke.done'));
          close();
        },
        onError: (err) => setFormError(applyServerErrors(form, err, t)),
      },
    );
  };
  return (
    <Modal opened={sanctionId !== null} onClose={close} title={t('casework.moderation.revoke.title')}>
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('casework.moderation.revoke.hint')}
          </Text>
          <Textarea label={t('casework.moderation.form.reason')} data-autofocus autosize minRows={2} maxLength={2000} withAsterisk {...form.getInputProps('reason')} />
          <FormError message={formError} />
          <FormActions onCancel={close} submitting={revoke.isPending} submitLabel={t('casework.moderation.revoke.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
