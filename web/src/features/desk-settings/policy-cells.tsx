import { Group, Table, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './duration';
import { slaMetrics, type SlaPolicy } from './desk-settings.types';
import { IconAction } from '../../ui/icon-action';

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
      <IconAction label={t('common.edit')} ariaLabel={t('deskSettings.editNamed', { name: label })} onClick={onEdit}>
        <IconPencil size={16} />
      </IconAction>
      <IconAction label={t('common.delete')} ariaLabel={t('deskSettings.deleteNamed', { name: label })} color="red" onClick={onDelete}>
        <IconTrash size={16} />
      </IconAction>
    </Group>
  );
}
