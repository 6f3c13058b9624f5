import { Badge, Button, Group, Modal, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { formatDateTime } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { TableSkeleton } from '../../ui/table-skeleton';
import { createCampaign, listCampaigns, loyaltyKey, useLoyaltyList } from './loyalty.api';

interface Values extends Record<string, unknown> {
  name: string;
  startsAt: string;
  endsAt: string;
  factor: number | string;
}

function CampaignModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', startsAt: '', endsAt: '', factor: 2 },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      startsAt: (v) => (v ? null : t('validation.required')),
      endsAt: (v, values) => (!v ? t('validation.required') : v <= values.startsAt ? t('loyalty.campaigns.endAfterStart') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => createCampaign({ name: v.name.trim(), startsAt: new Date(v.startsAt).toISOString(), endsAt: new Date(v.endsAt).toISOString(), factor: Number(v.factor) }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...loyaltyKey, 'campaigns'] });
      notifySuccess(t('loyalty.saved'));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  return (
    <Modal opened onClose={onClose} title={t('loyalty.campaigns.create')}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))}>
        <Stack>
          <TextInput label={t('loyalty.fields.name')} data-autofocus {...form.getInputProps('name')} />
          <TextInput type="datetime-local" label={t('loyalty.campaigns.startsAt')} {...form.getInputProps('startsAt')} />
          <TextInput type="datetime-local" label={t('loyalty.campaigns.endsAt')} {...form.getInputProps('endsAt')} />
          <NumberInput label={t('loyalty.campaigns.factor')} min={0} max={100} decimalScale={2} {...form.getInputProps('factor')} />
          <FormError message={formError} />
          <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('loyalty.create')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Campaigns: points multiplied by a factor within a date window. */
export function CampaignsSection() {
  const { t, i18n } = useTranslation();
  const [creating, setCreating] = useState(false);
  const list = useLoyaltyList('campaigns', listCampaigns);
  const now = Date.now();
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('loyalty.campaigns.title')}</Title>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('loyalty.campaigns.create')}</Button>
      </Group>
      {list.isPending ? (
        <TableSkeleton />
      ) : (list.data?.items.length ?? 0) === 0 ? (
        <Text c="dimmed" size="sm">{t('loyalty.campaigns.empty')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {list.data!.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>×{c.factor}</Table.Td>
                <Table.Td>{formatDateTime(c.startsAt, i18n.language)} – {formatDateTime(c.endsAt, i18n.language)}</Table.Td>
                <Table.Td>{Date.parse(c.startsAt) <= now && now < Date.parse(c.endsAt) && c.active && <Badge color="teal">{t('loyalty.campaigns.running')}</Badge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <CampaignModal onClose={() => setCreating(false)} />}
    </Paper>
  );
}
