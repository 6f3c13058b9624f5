import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconForms, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomField, CustomFieldType } from '../../api/types';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { CustomFieldModal } from './custom-field-modal';
import { customerFieldsKey, deleteCustomField, useCustomFields } from './customers.api';
import { IconAction } from '../../ui/icon-action';

const typeColors: Record<CustomFieldType, string> = { text: 'gray', number: 'blue', date: 'orange', enum: 'grape', boolean: 'teal' };

/** Admin: the extra fields every customer profile carries. */
export function CustomFieldsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const fields = useCustomFields();
  const [modal, setModal] = useState<{ field: CustomField | null } | null>(null);
  const deleting = useConfirmTarget<CustomField>();
  const items = fields.data ?? [];
  const nextSortOrder = items.length ? Math.max(...items.map((f) => f.sortOrder)) + 10 : 10;

  const remove = useMutation({
    mutationFn: (f: CustomField) => deleteCustomField(f.id),
    onSuccess: (_, f) => {
      void client.invalidateQueries({ queryKey: customerFieldsKey });
      notifySuccess(t('customFields.deleted', { name: f.label }));
      deleting.close();
    },
    onError: (err) => {
      notifyError(t, err, t('common.deleteFailed'));
      deleting.close();
    },
  });

  return (
    <>
      <PageHeader
        title={t('nav.customFields')}
        description={t('customFields.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ field: null })}>
            {t('customFields.create')}
          </Button>
        }
      />
      <Paper withBorder p="md" radius="md">
        {fields.isPending ? (
          <TableSkeleton />
        ) : fields.error ? (
          <ErrorAlert error={fields.error} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={<IconForms size={28} />}
            title={t('customFields.empty')}
            description={t('customFields.emptyHint')}
            action={
              <Button variant="light" onClick={() => setModal({ field: null })}>
                {t('customFields.create')}
              </Button>
            }
          />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="custom-fields-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('customFields.fields.sortOrder')}</Table.Th>
                  <Table.Th>{t('customFields.fields.label')}</Table.Th>
                  <Table.Th>{t('customFields.fields.type')}</Table.Th>
                  <Table.Th>{t('customFields.fields.options')}</Table.Th>
                  <Table.Th>{t('customFields.fields.required')}</Table.Th>
                  <Table.Th w={90} aria-label={t('common.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {f.sortOrder}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {f.label}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {f.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={typeColors[f.type]}>
                        {t(`customFields.types.${f.type}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {f.type === 'enum' ? (
                        <Group gap={4}>
                          {f.options.map((o) => (
                            <Badge key={o} size="sm" variant="outline" color="gray" tt="none">
                              {o}
                            </Badge>
                          ))}
                        </Group>
                      ) : (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={f.required ? 'red' : 'gray'}>
                        {f.required ? t('customFields.requiredYes') : t('customFields.requiredNo')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <IconAction label={t('common.edit')} ariaLabel={t('customFields.editNamed', { name: f.label })} onClick={() => setModal({ field: f })}>
                          <IconPencil size={16} />
                        </IconAction>
                        <IconAction label={t('common.delete')} ariaLabel={t('customFields.deleteNamed', { name: f.label })} color="red" onClick={() => deleting.ask(f)}>
                          <IconTrash size={16} />
                        </IconAction>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <CustomFieldModal opened={Boolean(modal)} field={modal?.field ?? null} nextSortOrder={nextSortOrder} onClose={() => setModal(null)} />
      <ConfirmDialog
        opened={deleting.opened}
        title={t('customFields.deleteTitle')}
        message={t('customFields.deleteConfirm', { name: deleting.target?.label ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting.target && remove.mutate(deleting.target)}
        onClose={deleting.close}
      />
    </>
  );
}
