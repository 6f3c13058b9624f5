import { Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EarningEventType, EarningRuleKind } from '../../api/types';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { createRule, loyaltyKey } from './loyalty.api';

const kinds: EarningRuleKind[] = ['per_amount', 'per_hour', 'first_visit', 'birthday', 'custom_event'];

interface Values extends Record<string, unknown> {
  name: string;
  kind: EarningRuleKind;
  points: number | string;
  unitYuan: number | string;
  eventTypes: string[];
  customName: string;
  maxPerEvent: number | string;
  maxPerDay: number | string;
}

const optional = (v: number | string) => (v === '' ? null : Number(v));

/** Creates an earning rule; the fields shown follow the rule's kind. */
export function RuleFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', kind: 'per_amount', points: 1, unitYuan: 1, eventTypes: [], customName: '', maxPerEvent: '', maxPerDay: '' },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      points: (v) => (v === '' || Number(v) < 0 ? t('validation.required') : null),
      customName: (v, values) => (values.kind === 'custom_event' && !v.trim() ? t('validation.required') : null),
    },
  });
  const kind = form.values.kind;
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      createRule({
        name: v.name.trim(),
        kind: v.kind,
        points: Number(v.points),
        ...(v.kind === 'per_amount' ? { unitCents: Math.round(Number(v.unitYuan) * 100), eventTypes: v.eventTypes as EarningEventType[] } : {}),
        ...(v.kind === 'custom_event' ? { customName: v.customName.trim() } : {}),
        maxPerEvent: optional(v.maxPerEvent),
        maxPerDay: optional(v.maxPerDay),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...loyaltyKey, 'rules'] });
      notifySuccess(t('loyalty.saved'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  return (
    <Modal opened onClose={onClose} title={t('loyalty.rules.create')} size="lg">
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <TextInput label={t('loyalty.fields.name')} data-autofocus required {...form.getInputProps('name')} />
          <Select label={t('loyalty.rules.kind')} data={kinds.map((k) => ({ value: k, label: t(`loyalty.rules.kinds.${k}`) }))} allowDeselect={false} {...form.getInputProps('kind')} />
          <SimpleGrid cols={2}>
            <NumberInput label={kind === 'per_amount' ? t('loyalty.rules.pointsPerUnit') : kind === 'per_hour' ? t('loyalty.rules.pointsPerHour') : t('loyalty.fields.points')} min={0} allowDecimal={false} {...form.getInputProps('points')} />
            {kind === 'per_amount' && <NumberInput label={t('loyalty.rules.unitYuan')} min={0.01} decimalScale={2} {...form.getInputProps('unitYuan')} />}
            {kind === 'custom_event' && <TextInput label={t('loyalty.rules.customName')} {...form.getInputProps('customName')} />}
          </SimpleGrid>
          {kind === 'per_amount' && (
            <MultiSelect label={t('loyalty.rules.eventTypes')} placeholder={t('loyalty.rules.eventTypesAll')} data={[{ value: 'recharge', label: t('loyalty.events.recharge') }, { value: 'purchase', label: t('loyalty.events.purchase') }]} {...form.getInputProps('eventTypes')} />
          )}
          <SimpleGrid cols={2}>
            <NumberInput label={t('loyalty.rules.maxPerEvent')} min={0} allowDecimal={false} {...form.getInputProps('maxPerEvent')} />
            <NumberInput label={t('loyalty.rules.maxPerDay')} min={0} allowDecimal={false} {...form.getInputProps('maxPerDay')} />
          </SimpleGrid>
          <FormError message={formError} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('loyalty.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
