import { Autocomplete, Modal, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { ticketChannels, ticketPriorities, type TicketChannel, type TicketPriority } from '../tickets/tickets.types';
import { createPolicy, policiesKey, updatePolicy, useRefresh } from './desk-settings.api';
import { slaMetrics, type BusinessCalendar, type PolicyRequest, type SlaPolicy } from './desk-settings.types';
import { DurationInput, durationProblem, durationSeconds, toDurationValue, type DurationValue } from './duration-input';

/** A base policy (channel × priority) or a loyalty-tier override that can only tighten. */
export interface PolicyTarget {
  kind: 'base' | 'override';
  policy: SlaPolicy | null;
}

const TIER = /^[a-z0-9_-]{1,40}$/;

interface Values extends Record<string, unknown> {
  channel: string | null;
  priority: string | null;
  tierCode: string;
  calendarId: string | null;
  warnAtPct: number | string;
  targets: Record<(typeof slaMetrics)[number], DurationValue>;
}

function PolicyForm({ target, calendars, tierCodes, onClose }: { target: PolicyTarget; calendars: BusinessCalendar[]; tierCodes: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const { policy, kind } = target;
  const base = kind === 'base';
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      channel: policy?.channel ?? null,
      priority: policy?.priority ?? null,
      tierCode: policy?.tierCode ?? '',
      calendarId: policy?.calendarId ?? null,
      warnAtPct: policy?.warnAtPct ?? 80,
      targets: {
        firstResponseS: toDurationValue(policy?.firstResponseS ?? null),
        nextResponseS: toDurationValue(policy?.nextResponseS ?? null),
        resolutionS: toDurationValue(policy?.resolutionS ?? null),
      },
    },
    validate: {
      channel: (v) => (base && !v ? t('validation.required') : null),
      priority: (v) => (base && !v ? t('validation.required') : null),
      tierCode: (v) => (base ? null : !v.trim() ? t('validation.required') : TIER.test(v.trim()) ? null : t('deskSettings.sla.tierRule')),
      warnAtPct: (v) => (v === '' || !Number.isInteger(Number(v)) || Number(v) < 1 || Number(v) > 99 ? t('deskSettings.sla.warnRule') : null),
      targets: {
        firstResponseS: { amount: (_, values) => tr(durationProblem(values.targets.firstResponseS)) },
        nextResponseS: { amount: (_, values) => tr(durationProblem(values.targets.nextResponseS)) },
        resolutionS: { amount: (_, values) => tr(durationProblem(values.targets.resolutionS)) },
      },
    },
  });
  function tr(key: string | null) {
    return key ? t(key as 'validation.required') : null;
  }
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body: PolicyRequest = {
        channel: (v.channel as TicketChannel | null) ?? null,
        priority: (v.priority as TicketPriority | null) ?? null,
        firstResponseS: durationSeconds(v.targets.firstResponseS),
        nextResponseS: durationSeconds(v.targets.nextResponseS),
        resolutionS: durationSeconds(v.targets.resolutionS),
        warnAtPct: Number(v.warnAtPct),
      };
      if (base) body.calendarId = v.calendarId;
      else body.tierCode = v.tierCode.trim();
      return policy ? updatePolicy(policy.id, body) : createPolicy(body);
    },
    onSuccess: () => {
      refresh(policiesKey);
      notifySuccess(t(policy ? 'deskSettings.sla.policyUpdated' : 'deskSettings.sla.policyCreated'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { sla_policy_exists: base ? 'channel' : 'tierCode', invalid_sla_policy: base ? 'calendarId' : 'tierCode' })),
  });
  const anyLabel = base ? undefined : t('deskSettings.sla.anyValue');
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
        {!base && (
          <Autocomplete label={t('deskSettings.sla.tier')} description={t('deskSettings.sla.tierHint')} required data={tierCodes} data-autofocus {...form.getInputProps('tierCode')} />
        )}
        <SimpleGrid cols={2}>
          <Select
            label={t('tickets.channel.label')}
            required={base}
            placeholder={anyLabel}
            clearable={!base}
            data={ticketChannels.map((c) => ({ value: c, label: t(`tickets.channel.${c}`) }))}
            {...form.getInputProps('channel')}
          />
          <Select
            label={t('tickets.priority.label')}
            required={base}
            placeholder={anyLabel}
            clearable={!base}
            data={ticketPriorities.map((p) => ({ value: p, label: t(`tickets.priority.${p}`) }))}
            {...form.getInputProps('priority')}
          />
        </SimpleGrid>
        {base && (
          <Select
            label={t('deskSettings.sla.calendar')}
            placeholder={t('deskSettings.sla.defaultCalendar')}
            clearable
            data={calendars.map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps('calendarId')}
          />
        )}
        <Text size="sm" c="dimmed">
          {t(base ? 'deskSettings.sla.targetsHint' : 'deskSettings.sla.overrideTargetsHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {slaMetrics.map((m) => (
            <DurationInput key={m} form={form} path={`targets.${m}`} label={t(`deskSettings.sla.metrics.${m}`)} />
          ))}
        </SimpleGrid>
        <NumberInput label={t('deskSettings.sla.warnAt')} description={t('deskSettings.sla.warnAtHint')} min={1} max={99} allowDecimal={false} suffix=" %" w={200} {...form.getInputProps('warnAtPct')} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={policy ? t('common.save') : t('deskSettings.sla.createPolicy')} />
      </Stack>
    </form>
  );
}

export function PolicyModal(props: { target: PolicyTarget | null; calendars: BusinessCalendar[]; tierCodes: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { target } = props;
  const title = target?.kind === 'override' ? (target.policy ? 'editOverrideTitle' : 'createOverrideTitle') : target?.policy ? 'editPolicyTitle' : 'createPolicyTitle';
  return (
    <Modal opened={Boolean(target)} onClose={props.onClose} size="lg" title={t(`deskSettings.sla.${title}`)}>
      {target && <PolicyForm key={target.policy?.id ?? `new-${target.kind}`} target={target} calendars={props.calendars} tierCodes={props.tierCodes} onClose={props.onClose} />}
    </Modal>
  );
}
