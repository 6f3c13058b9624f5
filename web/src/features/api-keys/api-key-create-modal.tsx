import { Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { permissionNames, type CreateApiKeyResponse, type Permission } from '../../api/types';
import { applyServerErrors } from '../../ui/server-errors';
import { useStoreOptions } from '../stores/stores.api';
import { apiKeysKey, createApiKey } from './api-keys.api';
import { FormActions, FormError } from '../../ui/form-parts';

function CreateForm({ onCreated, onClose }: { onCreated: (res: CreateApiKeyResponse) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const stores = useStoreOptions();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', scopes: [] as string[], storeId: null as string | null },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      scopes: (v) => (v.length > 0 ? null : t('apiKeys.scopesRequired')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) =>
      createApiKey({ name: v.name.trim(), scopes: v.scopes as Permission[], ...(v.storeId ? { storeId: v.storeId } : {}) }),
    onSuccess: (res) => {
      void client.invalidateQueries({ queryKey: apiKeysKey });
      onCreated(res);
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { unknown_scope: 'scopes', store_not_found: 'storeId' })),
  });
  return (
    <form
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        mutation.mutate(v);
      })}
      noValidate
    >
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('apiKeys.fields.name')} description={t('apiKeys.nameHint')} required data-autofocus {...form.getInputProps('name')} />
        <MultiSelect
          label={t('apiKeys.fields.scopes')}
          description={t('apiKeys.scopesHint')}
          required
          searchable
          data={permissionNames.map((p) => ({ value: p, label: `${p} — ${t(`permissions.${p}`)}` }))}
          {...form.getInputProps('scopes')}
        />
        <Select
          label={t('apiKeys.fields.store')}
          description={t('apiKeys.storeHint')}
          placeholder={t('apiKeys.allStores')}
          clearable
          searchable
          data={(stores.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }))}
          {...form.getInputProps('storeId')}
        />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('apiKeys.create')} />
      </Stack>
    </form>
  );
}

export function ApiKeyCreateModal({ opened, onCreated, onClose }: { opened: boolean; onCreated: (res: CreateApiKeyResponse) => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('apiKeys.createTitle')} size="lg">
      {opened && <CreateForm onCreated={onCreated} onClose={onClose} />}
    </Modal>
  );
}
