import { Group, Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopupPromotion } from '../../api/types';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { useStoreOptions } from '../stores/stores.api';
import { createPromotion, updatePromotion, walletProductsKey } from './membership.api';

interface Values extends Record<string, unknown> {
  name: string;
  minAmount: number | string;
  bonus: number | string;
  bonusPercent: number | string;
  storeId: string | null;
  validFrom: string;
  validUntil: string;
  active: boolean;
}

/** `YYYY-MM-DD` (local) ↔ ISO instant at local midnight; '' = no limit. */
const dayOf = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('sv-SE') : '');
const instantOf = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : null);

/** Create or edit a top-up promotion (e.g. top up 100, get 20). */
export function PromotionFormModal({ promotion, onClose }: { promotion: TopupPromotion | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const stores = useStoreOptions();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: promotion?.name ?? '',
      minAmount: promotion ? promotion.minAmountCents / 100 : 100,
      bonus: promotion ? promotion.bonusCents / 100 : 20,
      bonusPercent: promotion?.bonusPercent ?? '',
      storeId: promotion?.storeId ?? null,
      validFrom: dayOf(promotion?.validFrom ?? null),
      validUntil: dayOf(promotion?.validUntil ?? null),
      active: promotion?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      minAmount: (v) => (Number(v) > 0 ? null : t('membership.topUp.amountRule')),
      bonus: (v) => (Number(v) >= 0 ? null : t('membership.topUp.amountRule')),
      validUntil: (v, all) => (v && all.validFrom && v <= all.validFrom ? t('errors.invalid_date_range') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        name: v.name.trim(),
        minAmountCents: Math.round(Number(v.minAmount) * 100),
        bonusCents: Math.round(Number(v.bonus) * 100),
        bonusPercent: v.bonusPercent === '' ? null : Number(v.bonusPercent),
        storeId: v.storeId,
        validFrom: instantOf(v.validFrom),
        validUntil: instantOf(v.validUntil),
        active: v.active,
      };
      return promotion ? updatePromotion(promotion.id, body) : createPromotion(body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: walletProductsKey });
      notifySuccess(t('membership.products.saved'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  return (
    <Modal opened onClose={onClose} title={t(promotion ? 'membership.products.editPromotion' : 'membership.products.newPromotion')}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <TextInput label={t('membership.products.name')} data-autofocus {...form.getInputProps('name')} />
          <NumberInput label={t('membership.products.minAmount')} min={0.01} decimalScale={2} {...form.getInputProps('minAmount')} />
          <NumberInput label={t('membership.products.bonus')} min={0} decimalScale={2} {...form.getInputProps('bonus')} />
          <NumberInput label={t('membership.products.bonusPercent')} min={0} max={1000} allowDecimal={false} {...form.getInputProps('bonusPercent')} />
          <Select
            label={t('membership.products.store')}
            placeholder={t('membership.products.allStores')}
            clearable
            data={(stores.data?.items ?? []).map((st) => ({ value: st.id, label: `${st.code} · ${st.name}` }))}
            {...form.getInputProps('storeId')}
          />
          <Group grow>
            <TextInput type="date" label={t('membership.products.validFrom')} {...form.getInputProps('validFrom')} />
            <TextInput type="date" label={t('membership.products.validUntil')} {...form.getInputProps('validUntil')} />
          </Group>
          <Switch label={t('membership.products.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <FormError message={formError} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('common.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
