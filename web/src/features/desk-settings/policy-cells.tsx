import { ActionIcon, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './duration';
import { slaMetrics, type SlaPolicy } from './desk-settings.types';

/** The three targets in human units and the warning point. */
export function PolicyTargetCells({ policy }: { policy: SlaPolicy }) {
  const { t } = useTranslation();
  return (
    <>
      {slaMetrics.map((m) => (
        <Table.Td key={m} data-metric={m}>
          <Text size="sm" c={policy[m] === null ? 'dimmed' : undefined}>
            {formatDuration(t, policy[m])}
          </Text>
        </Table.Td>
      ))}
      <Table.Td>
        <Text size="sm">{policy.warnAtPct} %</Text>
      </Table.Td>
    </>
  );
}

export function PolicyTargetHeads() {
  const { t } = useTranslation();
  return (
    <>
      {slaMetrics.map((m) => (
        <Table.Th key={m}>{t(`deskSettings.sla.metrics.${m}`)}</Table.Th>
      ))}
      <Table.Th>{t('deskSettings.sla.warnAtShort')}</Table.Th>
    </>
  );
}

/** Edit and delete buttons named after the row they act on. */
export function PolicyRowActions({ label, onEdit, onDelete }: { label: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={2} wrap="nowrap" justify="flex-end">
      <Tooltip label={t('common.edit')}>
        <ActionIcon variant="subtle" color="gray" aria-label={t('deskSettings.editNamed', { name: label })} onClick={onEdit}>
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('common.delete')}>
        <ActionIcon variant="subtle" color="red" aria-label={t('deskSettings.deleteNamed', { name: label })} onClick={onDelete}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
