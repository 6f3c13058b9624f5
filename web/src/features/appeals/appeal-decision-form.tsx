import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { useDecideAppeal } from './appeals.api';
import { appealDecisions, type AppealDecision } from './appeals.types';

interface Values extends Record<string, unknown> {
  decision: AppealDecision;
  reason: string;
  message: string;
}

const color: Record<AppealDecision, string> = { approve: 'teal', reject: 'red', more_info: 'blue' };

/** Approve, reject or ask for more: the reason is for the audit, the optional message replaces the standard answer. */
export function AppealDecisionForm({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const decide = useDecideAppeal(ticketId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { decision: 'approve', reason: '', message: '' },
    validate: {
      reason: (v) => (!v.trim() ? t('casework.appeals.form.reasonRequired') : v.length > 2000 ? t('validation.tooLong', { max: 2000 }) : null),
      message: (v) => (v.length > 5000 ? t('validation.tooLong', { max: 5000 }) : null),
    },
  });
  const decision = form.getValues().decision;
  const submit = (v: Values) => {
    setFormError(null);
    decide.mutate(
      { decision: v.decision, reason: v.reason.trim(), ...(v.message.trim() ? { message: v.message.trim() } : {}) },
      {
        onSuccess: () => {
          notifySuccess(t(`casework.appeals.form.done.${v.decision}`));
          form.reset();
        },
        onError: (err) => setFormError(applyServerErrors(form, err, t)),
      },
    );
  };
  return (
    <form onSubmit={form.onSubmit(submit)} aria-label={t('casework.appeals.form.title')}>
      <Stack gap="sm">
        <Text fw={600}>{t('casework.appeals.form.title')}</Text>
        <SegmentedControl
          fullWidth
          aria-label={t('casework.appeals.form.decision')}
          data={appealDecisions.map((d) => ({ value: d, label: t(`casework.appeals.decision.${d}`) }))}
          {...form.getInputProps('decision')}
        />
        <Text size="xs" c="dimmed">
          {t(`casework.appeals.form.effect.${decision}`)}
        </Text>
        <Textarea label={t('casework.appeals.form.reason')} description={t('casework.appeals.form.reasonHint')} autosize minRows={2} maxLength={2000} withAsterisk {...form.getInputProps('reason')} />
        <Textarea label={t('casework.appeals.form.message')} description={t('casework.appeals.form.messageHint')} autosize minRows={2} maxLength={5000} {...form.getInputProps('message')} />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button type="submit" color={color[decision]} loading={decide.isPending}>
            {t(`casework.appeals.form.submit.${decision}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
