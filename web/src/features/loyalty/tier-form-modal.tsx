import { Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { createTier, loyaltyKey } from './loyalty.api';

interface Values extends Record<string, unknown> {
  code: string;
  name: string;
  rank: number | string;
  minSpendYuan: number | string;
  minVisits: number | string;
  qualify: string;
  rateDiscountPct: number | string;
  pointsMultiplier: number | string;
  priorityService: boolean;
  birthdayPoints: number | string;
}

/** Creates a tier: thresholds on 12-month spend and/or visits, and its benefits. */
export function TierFormModal({ nextRank, onClose }: { nextRank: number; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { code: '', name: '', rank: nextRank, minSpendYuan: 0, minVisits: 0, qualify: 'any', rateDiscountPct: 0, pointsMultiplier: 1, priorityService: false, birthdayPoints: 0 },
    validate: {
      code: (v) => (/^[A-Za-z0-9_-]{1,32}$/.test(v.trim()) ? null : t('loyalty.tiers.codeRule')),
      name: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      createTier({
        code: v.code.trim(),
        name: v.name.trim(),
        rank: Number(v.rank),
        minSpendCents: Math.round(Number(v.minSpendYuan || 0) * 100),
        minVisits: Number(v.minVisits || 0),
        qualify: v.qualify === 'all' ? 'all' : 'any',
        rateDiscountPct: Number(v.rateDiscountPct || 0),
        pointsMultiplier: Number(v.pointsMultiplier || 1),
        priorityService: v.priorityService,
        birthdayPoints: Number(v.birthdayPoints || 0),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...loyaltyKey, 'tiers'] });
      notifySuccess(t('loyalty.saved'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { tier_taken: 'code' })),
  });
  return (
    <Modal opened onClose={onClose} title={t('loyalty.tiers.create')} size="lg">
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <SimpleGrid cols={3}>
            <TextInput label={t('loyalty.tiers.code')} data-autofocus {...form.getInputProps('code')} />
            <TextInput label={t('loyalty.fields.name')} {...form.getInputProps('name')} />
            <NumberInput label={t('loyalty.tiers.rank')} min={0} allowDecimal={false} {...form.getInputProps('rank')} />
          </SimpleGrid>
          <Text size="sm" fw={500}>{t('loyalty.tiers.thresholds')}</Text>
          <SimpleGrid cols={3}>
            <NumberInput label={t('loyalty.tiers.minSpend')} min={0} decimalScale={2} {...form.getInputProps('minSpendYuan')} />
            <NumberInput label={t('loyalty.tiers.minVisits')} min={0} allowDecimal={false} {...form.getInputProps('minVisits')} />
            <Stack gap={4}>
              <Text size="sm">{t('loyalty.tiers.qualify')}</Text>
              <SegmentedControl data={[{ value: 'any', label: t('loyalty.tiers.qualifyAny') }, { value: 'all', label: t('loyalty.tiers.qualifyAll') }]} {...form.getInputProps('qualify')} />
            </Stack>
          </SimpleGrid>
          <Text size="sm" fw={500}>{t('loyalty.tiers.benefits')}</Text>
          <SimpleGrid cols={3}>
            <NumberInput label={t('loyalty.tiers.discount')} min={0} max={100} allowDecimal={false} suffix="%" {...form.getInputProps('rateDiscountPct')} />
            <NumberInput label={t('loyalty.tiers.multiplier')} min={0} max={100} decimalScale={2} {...form.getInputProps('pointsMultiplier')} />
            <NumberInput label={t('loyalty.tiers.birthdayPoints')} min={0} allowDecimal={false} {...form.getInputProps('birthdayPoints')} />
          </SimpleGrid>
          <Switch label={t('loyalty.tiers.priority')} {...form.getInputProps('priorityService', { type: 'checkbox' })} />
          <FormError message={formError} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('loyalty.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
