import { ActionIcon, Group, Menu, Modal, Select, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBookmark, IconDeviceFloppy, IconDots, IconShare, IconShareOff, IconTrash, IconUsers } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSort, CustomerViewFilters, SavedView } from '../../api/types';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { notifyError, notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { useCurrentUser } from '../auth/auth.api';
import { createView, customerViewsKey, deleteView, updateView, useSavedViews } from './customers.api';
import { FormActions, FormError } from '../../ui/form-parts';

function SaveViewModal({
  opened,
  filters,
  sort,
  onClose,
  onSaved,
}: {
  opened: boolean;
  filters: CustomerViewFilters;
  sort: CustomerSort;
  onClose: () => void;
  onSaved: (view: SavedView) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', shared: false },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const mutation = useMutation({
    mutationFn: (v: { name: string; shared: boolean }) => createView({ name: v.name.trim(), shared: v.shared, filters, sort }),
    onSuccess: (view) => {
      void client.invalidateQueries({ queryKey: customerViewsKey });
      notifySuccess(t('customers.views.saved', { name: view.name }));
      onSaved(view);
      close();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t)),
  });
  return (
    <Modal opened={opened} onClose={close} title={t('customers.views.saveTitle')}>
      <form
        onSubmit={form.onSubmit((v) => {
          setFormError(null);
          mutation.mutate(v);
        })}
        noValidate
      >
        <Stack>
          <FormError message={formError} />
          <Text size="sm" c="dimmed">
            {t('customers.views.saveHint')}
          </Text>
          <TextInput label={t('customers.views.name')} required data-autofocus {...form.getInputProps('name')} />
          <Switch label={t('customers.views.shared')} description={t('customers.views.sharedHint')} {...form.getInputProps('shared', { type: 'checkbox' })} />
          <FormActions onCancel={close} submitting={mutation.isPending} submitLabel={t('customers.views.save')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Pick a saved view (mine and shared ones), save the current filters as one, share or delete my own. */
export function SavedViews({
  viewId,
  filters,
  sort,
  onSelect,
}: {
  viewId: string | null;
  filters: CustomerViewFilters;
  sort: CustomerSort;
  onSelect: (view: SavedView | null) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const views = useSavedViews();
  const [saving, setSaving] = useState(false);
  const deleting = useConfirmTarget<SavedView>();
  const items = views.data ?? [];
  const current = items.find((v) => v.id === viewId) ?? null;
  const own = current && current.ownerId === me.id ? current : null;

  const mine = items.filter((v) => v.ownerId === me.id);
  const shared = items.filter((v) => v.ownerId !== me.id);
  const data = [
    ...(mine.length ? [{ group: t('customers.views.mine'), items: mine.map((v) => ({ value: v.id, label: v.name })) }] : []),
    ...(shared.length ? [{ group: t('customers.views.sharedWithMe'), items: shared.map((v) => ({ value: v.id, label: v.name })) }] : []),
  ];

  const share = useMutation({
    mutationFn: (v: SavedView) => updateView(v.id, { shared: !v.shared }),
    onSuccess: (v) => {
      void client.invalidateQueries({ queryKey: customerViewsKey });
      notifySuccess(t(v.shared ? 'customers.views.nowShared' : 'customers.views.nowPrivate', { name: v.name }));
    },
    onError: (err) => notifyError(t, err),
  });
  const remove = useMutation({
    mutationFn: (v: SavedView) => deleteView(v.id),
    onSuccess: (_, v) => {
      void client.invalidateQueries({ queryKey: customerViewsKey });
      notifySuccess(t('customers.views.deleted', { name: v.name }));
      if (v.id === viewId) onSelect(null);
      deleting.close();
    },
    onError: (err) => {
      notifyError(t, err, t('common.deleteFailed'));
      deleting.close();
    },
  });

  return (
    <Group gap={6} wrap="nowrap">
      <Select
        aria-label={t('customers.views.label')}
        placeholder={views.isPending ? t('customers.views.loading') : items.length ? t('customers.views.pick') : t('customers.views.none')}
        leftSection={<IconBookmark size={16} />}
        data={data}
        value={current?.id ?? null}
        onChange={(id) => onSelect(items.find((v) => v.id === id) ?? null)}
        clearable
        searchable
        disabled={!views.isPending && items.length === 0}
        w={230}
        renderOption={({ option }) => {
          const view = items.find((v) => v.id === option.value);
          return (
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{option.label}</Text>
              {view?.shared && <IconUsers size={14} color="var(--mantine-color-gray-6)" aria-label={t('customers.views.shared')} />}
            </Group>
          );
        }}
      />
      <Tooltip label={t('customers.views.saveTitle')}>
        <ActionIcon variant="default" size="lg" aria-label={t('customers.views.saveTitle')} onClick={() => setSaving(true)}>
          <IconDeviceFloppy size={18} />
        </ActionIcon>
      </Tooltip>
      {own && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label={t('customers.views.actionsFor', { name: own.name })}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={own.shared ? <IconShareOff size={14} /> : <IconShare size={14} />} onClick={() => share.mutate(own)}>
              {own.shared ? t('customers.views.unshare') : t('customers.views.share')}
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => deleting.ask(own)}>
              {t('customers.views.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
      <SaveViewModal opened={saving} filters={filters} sort={sort} onClose={() => setSaving(false)} onSaved={(v) => onSelect(v)} />
      <ConfirmDialog
        opened={deleting.opened}
        title={t('customers.views.deleteTitle')}
        message={t('customers.views.deleteConfirm', { name: deleting.target?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting.target && remove.mutate(deleting.target)}
        onClose={deleting.close}
      />
    </Group>
  );
}
