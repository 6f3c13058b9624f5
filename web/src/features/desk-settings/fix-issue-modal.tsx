import { Alert, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { useRefreshTickets } from '../tickets/tickets.api';
import { fixKnownIssue, knownIssuesKey, useRefresh } from './desk-settings.api';
import type { KnownIssue } from './desk-settings.types';

function FixForm({ issue, onClose }: { issue: KnownIssue; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const refreshTickets = useRefreshTickets();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { version: '', message: '' },
    validate: {
      version: (v) => (!v.trim() ? t('validation.required') : v.trim().length > 50 ? t('validation.tooLong', { max: 50 }) : null),
      message: (v) => (v.trim().length > 5000 ? t('validation.tooLong', { max: 5000 }) : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => fixKnownIssue(issue.id, { version: v.version.trim(), ...(v.message.trim() ? { message: v.message.trim() } : {}) }),
    onSuccess: (res) => {
      refresh(knownIssuesKey);
      refreshTickets();
      notifySuccess(t('knownIssues.fixed', { title: res.knownIssue.title, count: res.notified }));
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
        <Alert variant="light" color="blue" icon={<IconSend size={18} />}>
          {t('knownIssues.fixExplain', { count: issue.linkedReports })}
        </Alert>
        <TextInput label={t('knownIssues.fields.version')} placeholder="1.4.2" required data-autofocus {...form.getInputProps('version')} />
        <Textarea label={t('knownIssues.fields.message')} description={t('knownIssues.messageHint')} autosize minRows={3} maxRows={8} {...form.getInputProps('message')} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('knownIssues.markFixed')} />
      </Stack>
    </form>
  );
}

/** Marks a known issue fixed in a version: every linked reporter gets a public reply and the report is resolved. */
export function FixIssueModal({ issue, onClose }: { issue: KnownIssue | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(issue)} onClose={onClose} title={t('knownIssues.fixTitle', { title: issue?.title ?? '' })}>
      {issue && <FixForm key={issue.id} issue={issue} onClose={onClose} />}
    </Modal>
  );
}
