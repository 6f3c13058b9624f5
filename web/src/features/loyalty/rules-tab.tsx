import { Badge, Button, Group, Paper, Switch, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconSparkles } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EarningRule } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { CampaignsSection } from './campaigns-section';
import { listRules, loyaltyKey, updateRule, useLoyaltyList } from './loyalty.api';
import { RuleFormModal } from './rule-form-modal';

/** What a rule gives, in words: "1 pt per ¥1", "10 pt per hour", "50 pt". */
function RuleSummary({ rule }: { rule: EarningRule }) {
  const { t } = useTranslation();
  if (rule.kind === 'per_amount') return <>{t('loyalty.rules.perAmount', { points: rule.points, unit: rule.unitCents / 100 })}</>;
  if (rule.kind === 'per_hour') return <>{t('loyalty.rules.perHour', { points: rule.points })}</>;
  return <>{t('loyalty.rules.fixed', { points: rule.points })}</>;
}

/** Earning rules with an on/off switch each, and the campaigns below. */
export function RulesTab() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [creating, setCreating] = useState(false);
  const rules = useLoyaltyList('rules', listRules);
  const toggle = useMutation({
    mutationFn: (r: EarningRule) => updateRule(r.id, { active: !r.active }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...loyaltyKey, 'rules'] }),
    onError: (err) => notifyError(t, err),
  });
  const items = rules.data?.items ?? [];
  return (
    <>
      <Paper withBorder p="md" radius="md" mb="lg">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('loyalty.rules.title')}</Title>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('loyalty.rules.create')}</Button>
        </Group>
        {rules.isPending ? (
          <TableSkeleton />
        ) : rules.error ? (
          <ErrorAlert error={rules.error} />
        ) : items.length === 0 ? (
          <EmptyState icon={<IconSparkles size={28} />} title={t('loyalty.rules.empty')} description={t('loyalty.rules.emptyHint')} />
        ) : (
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('loyalty.fields.name')}</Table.Th>
                <Table.Th>{t('loyalty.rules.kind')}</Table.Th>
                <Table.Th>{t('loyalty.rules.gives')}</Table.Th>
                <Table.Th>{t('loyalty.rules.caps')}</Table.Th>
                <Table.Th>{t('loyalty.fields.active')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`loyalty.rules.kinds.${r.kind}`)}</Badge>
                    {r.customName && <Text span size="xs" c="dimmed" ml={6}>{r.customName}</Text>}
                  </Table.Td>
                  <Table.Td><RuleSummary rule={r} /></Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {[r.maxPerEvent !== null && t('loyalty.rules.capEvent', { n: r.maxPerEvent }), r.maxPerDay !== null && t('loyalty.rules.capDay', { n: r.maxPerDay })].filter(Boolean).join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Switch checked={r.active} onChange={() => toggle.mutate(r)} aria-label={t('loyalty.fields.active')} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <CampaignsSection />
      {creating && <RuleFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
