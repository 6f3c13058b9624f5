import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconSitemap, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Team } from '../../api/types';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePermissions } from '../auth/auth.api';
import { DepartmentModal } from './department-modal';
import { deleteDepartment, deleteTeam, departmentsKey, useDepartments } from './departments.api';
import { TeamModal, type TeamTarget } from './team-modal';
import { IconAction } from '../../ui/icon-action';

type Deleting = { kind: 'department'; item: Department } | { kind: 'team'; item: Team };

export function DepartmentsPage() {
  const { t } = useTranslation();
  const canManage = usePermissions()('org:manage');
  const client = useQueryClient();
  const { data, isPending, error } = useDepartments();
  const [deptModal, setDeptModal] = useState<{ department: Department | null } | null>(null);
  const [teamTarget, setTeamTarget] = useState<TeamTarget | null>(null);
  const deleting = useConfirmTarget<Deleting>();

  const remove = useMutation({
    mutationFn: (d: Deleting) => (d.kind === 'department' ? deleteDepartment(d.item.id) : deleteTeam(d.item.id)),
    onSuccess: (_, d) => {
      void client.invalidateQueries({ queryKey: departmentsKey });
      notifySuccess(t(d.kind === 'department' ? 'departments.deleted' : 'teams.deleted', { name: d.item.name }));
      deleting.close();
    },
    // 409 department_not_empty / team_not_empty arrive here with their own translated message.
    onError: (err) => {
      notifyError(t, err, t('common.deleteFailed'));
      deleting.close();
    },
  });

  const departments = [...(data ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name));

  return (
    <>
      <PageHeader
        title={t('nav.departments')}
        description={t('departments.description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDeptModal({ department: null })}>
              {t('departments.create')}
            </Button>
          )
        }
      />
      {isPending ? (
        <TableSkeleton />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : departments.length === 0 ? (
        <EmptyState icon={<IconSitemap size={28} />} title={t('departments.empty')} description={t('departments.emptyHint')} />
      ) : (
        <Stack>
          {departments.map((d) => (
            <Card key={d.id} withBorder radius="md" padding="lg" data-testid="department-card">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Group gap="xs">
                    <Text fw={600} size="lg">
                      {d.name}
                    </Text>
                    <Badge variant="outline" color="gray" size="sm" ff="monospace">
                      {d.code}
                    </Badge>
                  </Group>
                  {d.description && (
                    <Text size="sm" c="dimmed" mt={4}>
                      {d.description}
                    </Text>
                  )}
                </div>
                {canManage && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setTeamTarget({ team: null, departmentId: d.id })}>
                      {t('teams.create')}
                    </Button>
                    <IconAction label={t('common.edit')} ariaLabel={t('departments.editNamed', { name: d.name })} onClick={() => setDeptModal({ department: d })}>
                      <IconPencil size={16} />
                    </IconAction>
                    <IconAction label={t('common.delete')} ariaLabel={t('departments.deleteNamed', { name: d.name })} color="red" onClick={() => deleting.ask({ kind: 'department', item: d })}>
                      <IconTrash size={16} />
                    </IconAction>
                  </Group>
                )}
              </Group>
              {d.teams.length === 0 ? (
                <Text size="sm" c="dimmed" mt="md">
                  {t('teams.empty')}
                </Text>
              ) : (
                <Table mt="md" verticalSpacing={6}>
                  <Table.Tbody>
                    {d.teams.map((team) => (
                      <Table.Tr key={team.id}>
                        <Table.Td w={32}>
                          <IconUsersGroup size={16} color="var(--mantine-color-gray-6)" />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {team.name}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c="dimmed">
                            {team.description}
                          </Text>
                        </Table.Td>
                        {canManage && (
                          <Table.Td w={80}>
                            <Group gap={4} wrap="nowrap" justify="flex-end">
                              <ActionIcon variant="subtle" color="gray" aria-label={t('teams.editNamed', { name: team.name })} onClick={() => setTeamTarget({ team, departmentId: d.id })}>
                                <IconPencil size={14} />
                              </ActionIcon>
                              <ActionIcon variant="subtle" color="red" aria-label={t('teams.deleteNamed', { name: team.name })} onClick={() => deleting.ask({ kind: 'team', item: team })}>
                                <IconTrash size={14} />
                              </ActionIcon>
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          ))}
        </Stack>
      )}
      {canManage && (
        <>
          <DepartmentModal opened={Boolean(deptModal)} department={deptModal?.department ?? null} onClose={() => setDeptModal(null)} />
          <TeamModal target={teamTarget} departments={departments} onClose={() => setTeamTarget(null)} />
          <ConfirmDialog
            opened={deleting.opened}
            title={deleting.target?.kind === 'team' ? t('teams.deleteTitle') : t('departments.deleteTitle')}
            message={t(deleting.target?.kind === 'team' ? 'teams.deleteConfirm' : 'departments.deleteConfirm', { name: deleting.target?.item.name ?? '' })}
            confirmLabel={t('common.delete')}
            loading={remove.isPending}
            onConfirm={() => deleting.target && remove.mutate(deleting.target)}
            onClose={deleting.close}
          />
        </>
      )}
    </>
  );
}
