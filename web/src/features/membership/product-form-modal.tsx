import { Group, Modal, NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageProduct } from '../../api/types';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { createProduct, updateProduct, walletProductsKey } from './membership.api';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Values extends Record<string, unknown> {
  name: string;
  hours: number | string;
  price: number | string;
  windowStart: string;
  windowEnd: string;
  validDays: number | string;
  active: boolean;
}

/** Create or edit a time package product (3 小时, 包夜 23:00–07:00). */
export function ProductFormModal({ product, onClose }: { product: PackageProduct | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      name: product?.name ?? '',
      hours: product ? product.minutes / 60 : 3,
      price: product ? product.priceCents / 100 : 30,
      windowStart: product?.windowStart ?? '',
      windowEnd: product?.windowEnd ?? '',
      validDays: product?.validDays ?? 30,
      active: product?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      hours: (v) => (Number(v) > 0 ? null : t('membership.products.hoursRule')),
      price: (v) => (Number(v) >= 0 ? null : t('membership.topUp.amountRule')),
      windowStart: (v, all) => (v === '' && all.windowEnd === '') || (HHMM.test(v) && HHMM.test(all.windowEnd)) ? null : t('errors.invalid_package_window'),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        name: v.name.trim(),
        minutes: Math.round(Number(v.hours) * 60),
        priceCents: Math.round(Number(v.price) * 100),
        windowStart: v.windowStart || null,
        windowEnd: v.windowEnd || null,
        validDays: v.validDays === '' ? null : Number(v.validDays),
        active: v.active,
      };
      return product ? updateProduct(product.id, body) : createProduct(body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: walletProductsKey });
      notifySuccess(t('membership.products.saved'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  return (
    <Modal opened onClose={onClose} title={t(product ? 'membership.products.editProduct' : 'membership.products.newProduct')}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <TextInput label={t('membership.products.name')} data-autofocus {...form.getInputProps('name')} />
          <Group grow>
            <NumberInput label={t('membership.products.hours')} min={0.25} decimalScale={2} {...form.getInputProps('hours')} />
            <NumberInput label={t('membership.products.price')} min={0} decimalScale={2} {...form.getInputProps('price')} />
          </Group>
          <Group grow>
            <TextInput label={t('membership.products.windowStart')} placeholder="23:00" {...form.getInputProps('windowStart')} />
            <TextInput label={t('membership.products.windowEnd')} placeholder="07:00" {...form.getInputProps('windowEnd')} />
          </Group>
          <NumberInput label={t('membership.products.validDays')} min={1} allowDecimal={false} {...form.getInputProps('validDays')} />
          <Switch label={t('membership.products.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <FormError message={formError} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('common.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
