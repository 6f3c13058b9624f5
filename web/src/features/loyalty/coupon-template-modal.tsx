import { Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouponAutoIssue, CouponKind } from '../../api/types';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { createTemplate, loyaltyKey } from './loyalty.api';

interface Values extends Record<string, unknown> {
  name: string;
  kind: CouponKind;
  value: number | string;
  giftName: string;
  validDays: number | string;
  validFrom: string;
  validTo: string;
  perMemberLimit: number | string;
  autoIssue: CouponAutoIssue;
}

const kinds: CouponKind[] = ['amount_off', 'percent_off', 'free_time', 'gift'];

/** Creates a coupon template: its value by kind, validity (window or days after issue), limit and auto-issue rule. */
export function CouponTemplateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', kind: 'amount_off', value: 10, giftName: '', validDays: 30, validFrom: '', validTo: '', perMemberLimit: '', autoIssue: 'none' },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      value: (v, values) => (values.kind !== 'gift' && !(Number(v) > 0) ? t('validation.required') : null),
      giftName: (v, values) => (values.kind === 'gift' && !v.trim() ? t('validation.required') : null),
    },
  });
  const kind = form.values.kind;
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      createTemplate({
        name: v.name.trim(),
        kind: v.kind,
        ...(v.kind === 'amount_off' ? { amountCents: Math.round(Number(v.value) * 100) } : {}),
        ...(v.kind === 'percent_off' ? { percentOff: Number(v.value) } : {}),
        ...(v.kind === 'free_time' ? { minutes: Number(v.value) } : {}),
        ...(v.kind === 'gift' ? { giftName: v.giftName.trim() } : {}),
        validDays: v.validDays === '' ? null : Number(v.validDays),
        validFrom: v.validFrom ? new Date(v.validFrom).toISOString() : null,
        validTo: v.validTo ? new Date(v.validTo).toISOString() : null,
        perMemberLimit: v.perMemberLimit === '' ? null : Number(v.perMemberLimit),
        autoIssue: v.autoIssue,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...loyaltyKey, 'templates'] });
      notifySuccess(t('loyalty.saved'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  const valueLabel = { amount_off: t('loyalty.coupons.amountYuan'), percent_off: t('loyalty.coupons.percent'), free_time: t('loyalty.fields.minutes'), gift: '' }[kind];
  return (
    <Modal opened onClose={onClose} title={t('loyalty.coupons.create')} size="lg">
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput label={t('loyalty.fields.name')} data-autofocus {...form.getInputProps('name')} />
            <Select label={t('loyalty.coupons.kind')} allowDeselect={false} data={kinds.map((k) => ({ value: k, label: t(`loyalty.coupons.kinds.${k}`) }))} {...form.getInputProps('kind')} />
          </SimpleGrid>
          {kind === 'gift' ? (
            <TextInput label={t('loyalty.coupons.giftName')} {...form.getInputProps('giftName')} />
          ) : (
            <NumberInput label={valueLabel} min={0} decimalScale={kind === 'amount_off' ? 2 : 0} {...form.getInputProps('value')} />
          )}
          <SimpleGrid cols={3}>
            <NumberInput label={t('loyalty.coupons.validDays')} min={1} allowDecimal={false} {...form.getInputProps('validDays')} />
            <TextInput type="datetime-local" label={t('loyalty.coupons.validFrom')} {...form.getInputProps('validFrom')} />
            <TextInput type="datetime-local" label={t('loyalty.coupons.validTo')} {...form.getInputProps('validTo')} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <NumberInput label={t('loyalty.coupons.perMemberLimit')} placeholder={t('loyalty.rewards.unlimited')} min={1} allowDecimal={false} {...form.getInputProps('perMemberLimit')} />
            <Select label={t('loyalty.coupons.autoIssue')} allowDeselect={false} data={(['none', 'tier_upgrade', 'birthday'] as const).map((k) => ({ value: k, label: t(`loyalty.coupons.auto.${k}`) }))} {...form.getInputProps('autoIssue')} />
          </SimpleGrid>
          <FormError message={formError} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('loyalty.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
