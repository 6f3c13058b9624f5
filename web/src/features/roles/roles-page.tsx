import { Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { roleColors } from './role-options';
import { useRoles } from './roles.api';

/** The role × permission matrix, as the server enforces it. */
export function RolesPage() {
  const { t } = useTranslation();
  const { data, isPending, error } = useRoles();

  return (
    <>
      <PageHeader title={t('nav.roles')} description={t('roles.description')} />
      <Paper withBorder p="md" radius="md">
        {isPending ? (
          <TableSkeleton rows={8} />
        ) : error ? (
          <ErrorAlert error={error} />
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table striped withColumnBorders verticalSpacing="xs" data-testid="roles-matrix">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roles.permission')}</Table.Th>
                  {data.roles.map((r) => (
                    <Table.Th key={r.role} ta="center">
                      <Text size="xs" fw={700} c={`${roleColors[r.role] ?? 'gray'}.7`} style={{ whiteSpace: 'normal' }}>
                        {t(`roles.names.${r.role}`, { defaultValue: r.role })}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.permissions.map((p) => (
                  <Table.Tr key={p.name}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {t(`permissions.${p.name}`, { defaultValue: p.description })}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {p.name}
                      </Text>
                    </Table.Td>
                    {data.roles.map((r) => {
                      const has = r.permissions.includes(p.name);
                      const label = t(has ? 'roles.granted' : 'roles.notGranted');
                      return (
                        <Table.Td key={r.role} ta="center">
                          <Tooltip label={label} withArrow>
                            <span aria-label={label} role="img">
                              {has ? <IconCheck size={18} color="var(--mantine-color-teal-6)" /> : <IconMinus size={16} color="var(--mantine-color-gray-4)" />}
                            </span>
                          </Tooltip>
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </>
  );
}
