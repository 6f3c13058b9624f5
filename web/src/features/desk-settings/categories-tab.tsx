import { Badge, Button, Group, Paper, Switch, Table, Text, Title } from '@mantine/core';
import { IconCategory, IconPencil, IconPlus, IconSubtask, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { CategoryModal, type CategoryTarget } from './category-modal';
import { categoryName, moveCategory, siblingsOf } from './category-tree';
import { categoriesKey, deleteCategory, updateCategory, useDeskCategories, useRefresh } from './desk-settings.api';
import type { DeskCategory } from './desk-settings.types';
import { IconAction } from '../../ui/icon-action';
import { MoveButtons } from './move-buttons';

/** The category tree: parents before their children, each re-sortable among its siblings. */
export function CategoriesTab() {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh();
  const categories = useDeskCategories();
  const items = categories.data ?? [];
  const [editing, setEditing] = useState<CategoryTarget | null>(null);
  const deleting = useConfirmTarget<DeskCategory>();
  const name = (c: DeskCategory) => categoryName(c, i18n.language);
  const otherName = (c: DeskCategory) => (i18n.language.startsWith('zh') ? c.nameEn : c.nameZh);

  const toggle = useMutation({
    mutationFn: (c: DeskCategory) => updateCategory(c.id, { active: !c.active }),
    onSuccess: (saved) => {
      refresh(categoriesKey);
      notifySuccess(t(saved.active ? 'deskSettings.categories.activated' : 'deskSettings.categories.deactivated', { name: name(saved) }));
    },
    onError: (err) => notifyError(t, err),
  });
  const move = useMutation({
    mutationFn: async ({ id, step }: { id: string; step: -1 | 1 }) => {
      for (const change of moveCategory(items, id, step)) await updateCategory(change.id, { sort: change.sort });
    },
    onSettled: () => refresh(categoriesKey),
    onError: (err) => notifyError(t, err),
  });
  const remove = useMutation({
    mutationFn: (c: DeskCategory) => deleteCategory(c.id),
    onSuccess: (_, c) => {
      refresh(categoriesKey);
      notifySuccess(t('deskSettings.categories.deleted', { name: name(c) }));
      deleting.close();
    },
    // 409 ticket_category_in_use: its own message says to deactivate instead.
    onError: (err) => {
      notifyError(t, err, t('common.deleteFailed'));
      deleting.close();
    },
  });

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>{t('deskSettings.tabs.categories')}</Title>
          <Text size="sm" c="dimmed">
            {t('deskSettings.categories.description')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ category: null, parentId: null })}>
          {t('deskSettings.categories.create')}
        </Button>
      </Group>
      {categories.isPending ? (
        <TableSkeleton />
      ) : categories.error ? (
        <ErrorAlert error={categories.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconCategory size={28} />} title={t('deskSettings.categories.empty')} description={t('deskSettings.categories.emptyHint')} />
      ) : (
        <Table verticalSpacing={6} highlightOnHover data-testid="category-tree">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deskSettings.categories.name')}</Table.Th>
              <Table.Th>{t('deskSettings.categories.code')}</Table.Th>
              <Table.Th w={90}>{t('common.active')}</Table.Th>
              <Table.Th w={190} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => {
              const siblings = siblingsOf(items, c.parentId);
              const place = siblings.findIndex((s) => s.id === c.id);
              return (
                <Table.Tr key={c.id} data-category={c.code} opacity={c.active ? 1 : 0.6}>
                  <Table.Td pl={12 + c.depth * 24}>
                    <Group gap={6} wrap="nowrap">
                      {c.depth > 0 && <IconSubtask size={14} color="var(--mantine-color-gray-5)" />}
                      <Text size="sm" fw={c.depth === 0 ? 600 : 400}>
                        {name(c)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {otherName(c)}
                      </Text>
                      {!c.active && (
                        <Badge size="xs" color="gray" variant="light">
                          {t('common.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {c.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Switch checked={c.active} disabled={toggle.isPending} aria-label={t('deskSettings.categories.toggleNamed', { name: name(c) })} onChange={() => toggle.mutate(c)} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap" justify="flex-end">
                      <MoveButtons name={name(c)} first={place === 0} last={place === siblings.length - 1} busy={move.isPending} onMove={(step) => move.mutate({ id: c.id, step })} />
                      <IconAction label={t('deskSettings.categories.addChild')} ariaLabel={t('deskSettings.categories.addChildNamed', { name: name(c) })} onClick={() => setEditing({ category: null, parentId: c.id })}>
                        <IconPlus size={16} />
                      </IconAction>
                      <IconAction label={t('common.edit')} ariaLabel={t('deskSettings.editNamed', { name: name(c) })} onClick={() => setEditing({ category: c, parentId: c.parentId })}>
                        <IconPencil size={16} />
                      </IconAction>
                      <IconAction label={t('common.delete')} ariaLabel={t('deskSettings.deleteNamed', { name: name(c) })} color="red" onClick={() => deleting.ask(c)}>
                        <IconTrash size={16} />
                      </IconAction>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <CategoryModal target={editing} items={items} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting.opened}
        title={t('deskSettings.categories.deleteTitle')}
        message={t('deskSettings.categories.deleteConfirm', { name: deleting.target ? name(deleting.target) : '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting.target && remove.mutate(deleting.target)}
        onClose={deleting.close}
      />
    </Paper>
  );
}
