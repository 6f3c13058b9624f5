import { Badge, Button, Group, Modal, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Table, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconGift, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reward, RewardKind } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifyError, notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { TableSkeleton } from '../../ui/table-skeleton';
import { createReward, listRewards, listTemplates, loyaltyKey, updateReward, useLoyaltyList } from './loyalty.api';

interface Values extends Record<string, unknown> {
  name: string;
  kind: RewardKind;
  pointsCost: number | string;
  stock: number | string;
  couponTemplateId: string | null;
  minutes: number | string;
}

function RewardModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const templates = useLoyaltyList('templates', listTemplates);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', kind: 'gift', pointsCost: 100, stock: '', couponTemplateId: null, minutes: 60 },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      pointsCost: (v) => (Number(v) >= 1 ? null : t('validation.required')),
      couponTemplateId: (v, values) => (values.kind === 'coupon' && !v ? t('validation.required') : null),
      minutes: (v, values) => (values.kind === 'free_time' && !(Number(v) >= 1) ? t('validation.required') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      createReward({
        name: v.name.trim(),
        kind: v.kind,
        pointsCost: Number(v.pointsCost),
        stock: v.stock === '' ? null : Number(v.stock),
        ...(v.kind === 'coupon' ? { couponTemplateId: v.couponTemplateId } : {}),
        ...(v.kind === 'free_time' ? { minutes: Number(v.minutes) } : {}),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...loyaltyKey, 'rewards'] });
      notifySuccess(t('loyalty.saved'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { coupon_template_not_found: 'couponTemplateId' })),
  });
  return (
    <Modal opened onClose={onClose} title={t('loyalty.rewards.create')}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <TextInput label={t('loyalty.fields.name')} data-autofocus {...form.getInputProps('name')} />
          <Select label={t('loyalty.rewards.kind')} allowDeselect={false} data={(['gift', 'coupon', 'free_time'] as const).map((k) => ({ value: k, label: t(`loyalty.rewards.kinds.${k}`) }))} {...form.getInputProps('kind')} />
          {form.values.kind === 'coupon' && (
            <Select label={t('loyalty.rewards.template')} data={(templates.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))} {...form.getInputProps('couponTemplateId')} />
          )}
          {form.values.kind === 'free_time' && <NumberInput label={t('loyalty.fields.minutes')} min={1} allowDecimal={false} {...form.getInputProps('minutes')} />}
          <SimpleGrid cols={2}>
            <NumberInput label={t('loyalty.rewards.cost')} min={1} allowDecimal={false} {...form.getInputProps('pointsCost')} />
            <NumberInput label={t('loyalty.rewards.stock')} placeholder={t('loyalty.rewards.unlimited')} min={0} allowDecimal={false} {...form.getInputProps('stock')} />
          </SimpleGrid>
          <FormError message={formError} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('loyalty.create')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The rewards catalog: cost in points, stock, offered or not. */
export function RewardsTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [creating, setCreating] = useState(false);
  const rewards = useLoyaltyList('rewards', listRewards);
  const toggle = useMutation({
    mutationFn: (r: Reward) => updateReward(r.id, { active: !r.active }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...loyaltyKey, 'rewards'] }),
    onError: (err) => notifyError(t, err),
  });
  const items = rewards.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('loyalty.tabs.rewards')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('loyalty.rewards.create')}</Button>
      </Group>
      {rewards.isPending ? (
        <TableSkeleton />
      ) : rewards.error ? (
        <ErrorAlert error={rewards.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconGift size={28} />} title={t('loyalty.rewards.empty')} description={t('loyalty.rewards.emptyHint')} />
      ) : (
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('loyalty.fields.name')}</Table.Th>
              <Table.Th>{t('loyalty.rewards.kind')}</Table.Th>
              <Table.Th>{t('loyalty.rewards.cost')}</Table.Th>
              <Table.Th>{t('loyalty.rewards.stock')}</Table.Th>
              <Table.Th>{t('loyalty.fields.active')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td><Badge variant="light">{t(`loyalty.rewards.kinds.${r.kind}`)}</Badge></Table.Td>
                <Table.Td>{r.pointsCost}</Table.Td>
                <Table.Td>{r.stock === null ? t('loyalty.rewards.unlimited') : r.stock === 0 ? <Badge color="red">{t('loyalty.rewards.soldOut')}</Badge> : r.stock}</Table.Td>
                <Table.Td><Switch checked={r.active} onChange={() => toggle.mutate(r)} aria-label={t('loyalty.fields.active')} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <RewardModal onClose={() => setCreating(false)} />}
    </Paper>
  );
}
