import { Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { createKnownIssue, knownIssuesKey, useRefresh } from './desk-settings.api';

function KnownIssueForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { title: '', description: '' },
    validate: {
      title: (v) => (!v.trim() ? t('validation.required') : v.trim().length > 200 ? t('validation.tooLong', { max: 200 }) : null),
      description: (v) => (v.length > 10_000 ? t('validation.tooLong', { max: 10_000 }) : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => createKnownIssue({ title: v.title.trim(), description: v.description.trim() }),
    onSuccess: (saved) => {
      refresh(knownIssuesKey);
      notifySuccess(t('knownIssues.created', { title: saved.title }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        mutation.mutate(v);
      })}
    >
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('knownIssues.fields.title')} description={t('knownIssues.titleHint')} required data-autofocus {...form.getInputProps('title')} />
        <Textarea label={t('knownIssues.fields.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('knownIssues.submitCreate')} />
      </Stack>
    </form>
  );
}

/** Records a known issue that bug reports can be linked to. */
export function KnownIssueModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('knownIssues.createTitle')}>
      {opened && <KnownIssueForm onClose={onClose} />}
    </Modal>
  );
}
