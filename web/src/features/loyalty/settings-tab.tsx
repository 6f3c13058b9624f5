import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpiryPolicy, LoyaltySettings } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { getSettings, loyaltyKey, updateSettings } from './loyalty.api';

interface Values extends Record<string, unknown> {
  expiryPolicy: ExpiryPolicy;
  expiryMonths: number | string;
  referrerPoints: number | string;
  refereePoints: number | string;
  referralThresholdYuan: number | string;
  referralWindowDays: number | string;
  tierGraceDays: number | string;
}

const toValues = (s: LoyaltySettings): Values => ({ ...s, referralThresholdYuan: s.referralThresholdCents / 100 });

/** Expiry policy, referral rewards and the tier grace period. */
export function SettingsTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: [...loyaltyKey, 'settings'], queryFn: getSettings });
  const form = useForm<Values>({ initialValues: { expiryPolicy: 'end_of_next_year', expiryMonths: 12, referrerPoints: 0, refereePoints: 0, referralThresholdYuan: 0, referralWindowDays: 30, tierGraceDays: 0 } });
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (settings.data) {
      setValues(toValues(settings.data));
      resetDirty(toValues(settings.data));
    }
  }, [settings.data]);
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      updateSettings({
        expiryPolicy: v.expiryPolicy,
        expiryMonths: Number(v.expiryMonths),
        referrerPoints: Number(v.referrerPoints),
        refereePoints: Number(v.refereePoints),
        referralThresholdCents: Math.round(Number(v.referralThresholdYuan) * 100),
        referralWindowDays: Number(v.referralWindowDays),
        tierGraceDays: Number(v.tierGraceDays),
      }),
    onSuccess: (saved) => {
      client.setQueryData([...loyaltyKey, 'settings'], saved);
      notifySuccess(t('loyalty.saved'));
    },
    onError: (err) => notifyError(t, err),
  });
  if (settings.isPending) return <TableSkeleton />;
  if (settings.error) return <ErrorAlert error={settings.error} />;
  return (
    <Paper withBorder p="md" radius="md" maw={760}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <Title order={4}>{t('loyalty.settings.expiry')}</Title>
          <SimpleGrid cols={2}>
            <Select label={t('loyalty.settings.expiryPolicy')} allowDeselect={false} data={(['end_of_next_year', 'months', 'never'] as const).map((p) => ({ value: p, label: t(`loyalty.settings.policies.${p}`) }))} {...form.getInputProps('expiryPolicy')} />
            {form.values.expiryPolicy === 'months' && <NumberInput label={t('loyalty.settings.expiryMonths')} min={1} max={120} allowDecimal={false} {...form.getInputProps('expiryMonths')} />}
          </SimpleGrid>
          <Title order={4}>{t('loyalty.settings.referral')}</Title>
          <SimpleGrid cols={2}>
            <NumberInput label={t('loyalty.settings.referrerPoints')} min={0} allowDecimal={false} {...form.getInputProps('referrerPoints')} />
            <NumberInput label={t('loyalty.settings.refereePoints')} min={0} allowDecimal={false} {...form.getInputProps('refereePoints')} />
            <NumberInput label={t('loyalty.settings.threshold')} min={0} decimalScale={2} {...form.getInputProps('referralThresholdYuan')} />
            <NumberInput label={t('loyalty.settings.window')} min={0} allowDecimal={false} {...form.getInputProps('referralWindowDays')} />
          </SimpleGrid>
          <Title order={4}>{t('loyalty.settings.tiers')}</Title>
          <NumberInput label={t('loyalty.settings.grace')} description={t('loyalty.settings.graceHint')} min={0} allowDecimal={false} maw={360} {...form.getInputProps('tierGraceDays')} />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} disabled={!form.isDirty()}>{t('loyalty.settings.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
