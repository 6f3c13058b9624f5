import { ActionIcon, Badge, Code, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types';
import { formatDateTime } from '../../ui/format';

const COLUMNS = 6;

function actionColor(action: string): string {
  if (action.includes('failed') || action.includes('locked') || action.includes('revoked') || action.includes('deactivated') || action.endsWith('deleted')) return 'red';
  if (action.startsWith('auth.')) return 'gray';
  if (action.endsWith('created')) return 'teal';
  return 'blue';
}

/** One audit entry; its details JSON opens below the row. */
export function AuditRow({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const hasDetails = entry.details !== null && entry.details !== undefined && !(typeof entry.details === 'object' && Object.keys(entry.details as object).length === 0);
  return (
    <>
      <Table.Tr>
        <Table.Td w={40}>
          {hasDetails && (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-label={open ? t('audit.hideDetails') : t('audit.showDetails')}
            >
              {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
            </ActionIcon>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{formatDateTime(entry.at, i18n.language)}</Text>
        </Table.Td>
        <Table.Td>
          <Badge variant="light" color={actionColor(entry.action)} tt="none" ff="monospace">
            {entry.action}
          </Badge>
          <Text size="xs" c="dimmed" mt={2}>
            {t(`audit.actions.${entry.action}`, { defaultValue: '' })}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{entry.actorLabel || entry.actorId || '—'}</Text>
          <Text size="xs" c="dimmed">
            {t(`audit.actorTypes.${entry.actorType}`, { defaultValue: entry.actorType })}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{entry.targetType ?? '—'}</Text>
          {entry.targetId && (
            <Text size="xs" c="dimmed" ff="monospace">
              {entry.targetId}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {entry.ip || '—'}
          </Text>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-gray-0)">
            <Code block>{JSON.stringify(entry.details, null, 2)}</Code>
            {entry.requestId && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('audit.requestId')}: <span style={{ fontFamily: 'monospace' }}>{entry.requestId}</span>
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
