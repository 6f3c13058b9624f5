import { Button, Group, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { useDecideReport } from './moderation.api';
import { decisionActions, type DecisionAction, type DecisionRequest, type PlayerReport } from './moderation.types';

interface Values extends Record<string, unknown> {
  action: DecisionAction;
  hours: number | string;
  banTerm: 'days' | 'permanent';
  days: number | string;
  reason: string;
}

const whole = (v: number | string, max: number) => Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= max;

/** The request body for the chosen action: hours only for a mute, days or permanent only for a ban. */
export function decisionBody(v: Values): DecisionRequest {
  const reason = v.reason.trim();
  if (v.action === 'mute') return { action: 'mute', hours: Number(v.hours), reason };
  if (v.action === 'ban') return v.banTerm === 'permanent' ? { action: 'ban', permanent: true, reason } : { action: 'ban', days: Number(v.days), reason };
  return { action: v.action, reason };
}

/** Dismiss, warn, mute for N hours, ban for N days or for good; the reason is required and audited. */
export function DecisionForm({ report }: { report: PlayerReport }) {
  const { t } = useTranslation();
  const decide = useDecideReport(report.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { action: 'warn', hours: 24, banTerm: 'days', days: 7, reason: '' },
    validate: {
      hours: (v, values) => (values.action === 'mute' && !whole(v, 8760) ? t('casework.moderation.form.hoursInvalid') : null),
      days: (v, values) => (values.action === 'ban' && values.banTerm === 'days' && !whole(v, 3650) ? t('casework.moderation.form.daysInvalid') : null),
      reason: (v) => (!v.trim() ? t('casework.moderation.form.reasonRequired') : v.length > 2000 ? t('validation.tooLong', { max: 2000 }) : null),
    },
  });
  const v = form.getValues();
  const submitLabel =
    v.action === 'mute' ? t('casework.moderation.form.submit.mute', { count: Number(v.hours) || 0 })
    : v.action === 'ban' && v.banTerm === 'permanent' ? t('casework.moderation.form.submit.banPermanent')
    : v.action === 'ban' ? t('casework.moderation.form.submit.ban', { count: Number(v.days) || 0 })
    : t(`casework.moderation.form.submit.${v.action}`);

  const submit = (values: Values) => {
    setFormError(null);
    decide.mutate(decisionBody(values), {
      // The drawer shows the decided report from the cache the mutation updates.
      onSuccess: () => notifySuccess(t('casework.moderation.form.done')),
      onError: (err) => setFormError(applyServerErrors(form, err, t)),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} aria-label={t('casework.moderation.form.title')}>
      <Stack gap="sm">
        <Text fw={600}>{t('casework.moderation.form.title')}</Text>
        <SegmentedControl
          fullWidth
          aria-label={t('casework.moderation.form.action')}
          data={decisionActions.map((a) => ({ value: a, label: t(`casework.moderation.action.${a}`) }))}
          {...form.getInputProps('action')}
        />
        {v.action === 'mute' && <NumberInput label={t('casework.moderation.form.hours')} min={1} max={8760} allowDecimal={false} {...form.getInputProps('hours')} />}
        {v.action === 'ban' && (
          <Group align="flex-end" grow>
            <SegmentedControl
              aria-label={t('casework.moderation.form.banTerm')}
              data={[
                { value: 'days', label: t('casework.moderation.form.forDays') },
                { value: 'permanent', label: t('casework.moderation.form.permanent') },
              ]}
              {...form.getInputProps('banTerm')}
            />
            {v.banTerm === 'days' && <NumberInput label={t('casework.moderation.form.days')} min={1} max={3650} allowDecimal={false} {...form.getInputProps('days')} />}
          </Group>
        )}
        <Textarea
          label={t('casework.moderation.form.reason')}
          description={t('casework.moderation.form.reasonHint')}
          autosize
          minRows={2}
          maxLength={2000}
          withAsterisk
          {...form.getInputProps('reason')}
        />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button type="submit" color={v.action === 'dismiss' ? 'gray' : 'red'} loading={decide.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
