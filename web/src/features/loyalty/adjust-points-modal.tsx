import { Modal, NumberInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { adjustPoints, memberLoyaltyKey } from './loyalty.api';

interface Values extends Record<string, unknown> {
  direction: string;
  points: number | string;
  reason: string;
}

/** Adds or removes points by hand; the reason is required and the change is audited. */
export function AdjustPointsModal({ customerId, balance, onClose }: { customerId: string; balance: number; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { direction: 'add', points: '', reason: '' },
    validate: {
      points: (v, values) => (!(Number(v) >= 1) ? t('validation.required') : values.direction === 'remove' && Number(v) > balance ? t('loyalty.adjust.tooMany', { balance }) : null),
      reason: (v) => (v.trim() ? null : t('loyalty.adjust.reasonRequired')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => adjustPoints(customerId, { points: (v.direction === 'remove' ? -1 : 1) * Number(v.points), reason: v.reason.trim() }),
    onSuccess: (r) => {
      void client.invalidateQueries({ queryKey: memberLoyaltyKey(customerId) });
      notifySuccess(t('loyalty.adjust.done', { balance: r.balance }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { points_insufficient: 'points' })),
  });
  return (
    <Modal opened onClose={onClose} title={t('loyalty.adjust.title')}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <Text size="sm" c="dimmed">{t('loyalty.adjust.balance', { balance })}</Text>
          <SegmentedControl data={[{ value: 'add', label: t('loyalty.adjust.add') }, { value: 'remove', label: t('loyalty.adjust.remove') }]} {...form.getInputProps('direction')} />
          <NumberInput label={t('loyalty.fields.points')} data-autofocus min={1} allowDecimal={false} {...form.getInputProps('points')} />
          <Textarea label={t('loyalty.adjust.reason')} description={t('loyalty.adjust.reasonHint')} autosize minRows={2} {...form.getInputProps('reason')} />
          <FormError message={formError} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('loyalty.adjust.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}
