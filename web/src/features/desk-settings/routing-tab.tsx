import { Alert, Button, Group, Paper, Switch, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPencil, IconPlus, IconRoute, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { deleteRule, reorderRules, rulesKey, updateRule, useRefresh, useRoutingRules } from './desk-settings.api';
import type { RoutingRule } from './desk-settings.types';
import { RuleModal } from './rule-modal';
import { ActionsSummary, ConditionsSummary } from './rule-summary';
import { useDeskRefs } from './use-desk-refs';
import { IconAction } from '../../ui/icon-action';
import { MoveButtons } from './move-buttons';

/** Routing rules in evaluation order: every active rule that matches applies, later ones win. */
export function RoutingTab() {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const rules = useRoutingRules();
  const refs = useDeskRefs();
  const [editing, setEditing] = useState<{ rule: RoutingRule | null } | null>(null);
  const deleting = useConfirmTarget<RoutingRule>();
  const items = rules.data ?? [];

  const toggle = useMutation({
    mutationFn: (r: RoutingRule) => updateRule(r.id, { active: !r.active }),
    onSuccess: (saved) => {
      refresh(rulesKey);
      notifySuccess(t(saved.active ? 'deskSettings.rules.enabled' : 'deskSettings.rules.disabled', { name: saved.name }));
    },
    onError: (err) => notifyError(t, err),
  });
  const move = useMutation({
    mutationFn: ({ index, step }: { index: number; step: -1 | 1 }) => {
      const ids = items.map((r) => r.id);
      [ids[index], ids[index + step]] = [ids[index + step]!, ids[index]!];
      return reorderRules(ids);
    },
    onSuccess: () => refresh(rulesKey),
    onError: (err) => notifyError(t, err),
  });
  const remove = useMutation({
    mutationFn: (r: RoutingRule) => deleteRule(r.id),
    onSuccess: (_, r) => {
      refresh(rulesKey);
      notifySuccess(t('deskSettings.rules.deleted', { name: r.name }));
      deleting.close();
    },
    onError: (err) => {
      notifyError(t, err, t('common.deleteFailed'));
      deleting.close();
    },
  });

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('deskSettings.tabs.routing')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ rule: null })}>
          {t('deskSettings.rules.create')}
        </Button>
      </Group>
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} mb="md">
        {t('deskSettings.rules.howItWorks')}
      </Alert>
      {rules.isPending || refs.loading ? (
        <TableSkeleton />
      ) : rules.error ? (
        <ErrorAlert error={rules.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconRoute size={28} />} title={t('deskSettings.rules.empty')} description={t('deskSettings.rules.emptyHint')} />
      ) : (
        <Table verticalSpacing="sm" highlightOnHover data-testid="routing-rules">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>#</Table.Th>
              <Table.Th>{t('deskSettings.rules.name')}</Table.Th>
              <Table.Th>{t('deskSettings.rules.conditions')}</Table.Th>
              <Table.Th>{t('deskSettings.rules.actions')}</Table.Th>
              <Table.Th w={90}>{t('common.active')}</Table.Th>
              <Table.Th w={150} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((rule, index) => (
              <Table.Tr key={rule.id} data-rule={rule.name} opacity={rule.active ? 1 : 0.6}>
                <Table.Td>
                  <Text fw={600}>{index + 1}</Text>
                </Table.Td>
                <Table.Td>
                  <Text fw={500}>{rule.name}</Text>
                </Table.Td>
                <Table.Td>
                  <ConditionsSummary conditions={rule.conditions} refs={refs} />
                </Table.Td>
                <Table.Td>
                  <ActionsSummary actions={rule.actions} refs={refs} />
                </Table.Td>
                <Table.Td>
                  <Switch
                    checked={rule.active}
                    aria-label={t('deskSettings.rules.toggleNamed', { name: rule.name })}
                    disabled={toggle.isPending}
                    onChange={() => toggle.mutate(rule)}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap" justify="flex-end">
                    <MoveButtons name={rule.name} first={index === 0} last={index === items.length - 1} busy={move.isPending} onMove={(step) => move.mutate({ index, step })} />
                    <IconAction label={t('common.edit')} ariaLabel={t('deskSettings.editNamed', { name: rule.name })} onClick={() => setEditing({ rule })}>
                      <IconPencil size={16} />
                    </IconAction>
                    <IconAction label={t('common.delete')} ariaLabel={t('deskSettings.deleteNamed', { name: rule.name })} color="red" onClick={() => deleting.ask(rule)}>
                      <IconTrash size={16} />
                    </IconAction>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RuleModal target={editing} refs={refs} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting.opened}
        title={t('deskSettings.rules.deleteTitle')}
        message={t('deskSettings.rules.deleteConfirm', { name: deleting.target?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting.target && remove.mutate(deleting.target)}
        onClose={deleting.close}
      />
    </Paper>
  );
}
