import { ActionIcon, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconMessage2, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { useCurrentUser, usePermissions } from '../auth/auth.api';
import { MacroForm } from './macros-form';
import { macroBody, macroName, useMacroChange, useMacros, type Macro } from './macros.api';

/** The macros the agent can use, with edit and delete where allowed (shared: `tickets:manage`; personal: the owner). */
function MacroList({ onEdit }: { onEdit: (macro: Macro | 'new') => void }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const can = usePermissions();
  const macros = useMacros();
  const remove = useMacroChange();
  const deleting = useConfirmTarget<Macro>();
  const editable = (m: Macro) => (m.shared ? can('tickets:manage') : m.ownerId === me.id);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {can('tickets:manage') ? t('tickets.macros.introManager') : t('tickets.macros.intro')}
        </Text>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => onEdit('new')}>
          {t('tickets.macros.new')}
        </Button>
      </Group>
      {macros.isPending && <TableSkeleton rows={4} />}
      {macros.isError && <ErrorAlert error={macros.error} />}
      {macros.isSuccess && macros.data.length === 0 && <EmptyState icon={<IconMessage2 />} title={t('tickets.macros.empty')} description={t('tickets.macros.emptyHint')} />}
      {macros.isSuccess && macros.data.length > 0 && (
        <ScrollArea.Autosize mah="60vh">
          <Table verticalSpacing={4} highlightOnHover>
            <Table.Tbody>
              {macros.data.map((m) => (
                <Table.Tr key={m.id} data-macro={m.nameEn}>
                  <Table.Td>
                    <Text size="sm" fw={500} c={m.active ? undefined : 'dimmed'}>
                      {macroName(m, i18n.language)}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>
                      {macroBody(m, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td w={150}>
                    <Group gap={4}>
                      <Badge size="xs" variant="light" color={m.shared ? 'indigo' : 'grape'}>
                        {m.shared ? t('tickets.macros.shared') : t('tickets.macros.personal')}
                      </Badge>
                      {!m.active && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('tickets.macros.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td w={80}>
                    {editable(m) && (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Tooltip label={t('common.edit')}>
                          <ActionIcon variant="subtle" aria-label={t('tickets.macros.editOne', { name: macroName(m, i18n.language) })} onClick={() => onEdit(m)}>
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('common.delete')}>
                          <ActionIcon variant="subtle" color="red" aria-label={t('tickets.macros.deleteOne', { name: macroName(m, i18n.language) })} onClick={() => deleting.ask(m)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      <ConfirmDialog
        opened={deleting.opened}
        title={t('tickets.macros.deleteTitle')}
        message={t('tickets.macros.deleteConfirm', { name: deleting.target ? macroName(deleting.target, i18n.language) : '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          deleting.target &&
          remove.mutate(
            { id: deleting.target.id, remove: true },
            {
              onSuccess: () => {
                notifySuccess(t('tickets.macros.deleted'));
                deleting.close();
              },
              onError: (err) => notifyError(t, err),
            },
          )
        }
        onClose={deleting.close}
      />
    </Stack>
  );
}

/** The console's macros dialog: the list, and the form in its place while adding or editing. */
export function MacrosModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const [editing, setEditing] = useState<Macro | 'new' | null>(null);
  const close = () => {
    setEditing(null);
    onClose();
  };
  const title = editing === null ? t('tickets.macros.title') : editing === 'new' ? t('tickets.macros.createTitle') : t('tickets.macros.editTitle');
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      {opened && editing === null && <MacroList onEdit={setEditing} />}
      {opened && editing !== null && (
        <MacroForm key={editing === 'new' ? 'new' : editing.id} macro={editing === 'new' ? null : editing} canManage={can('tickets:manage')} onDone={() => setEditing(null)} />
      )}
    </Modal>
  );
}
