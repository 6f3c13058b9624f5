import { Modal, NumberInput, Select, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customFieldTypes, type CustomField, type CustomFieldType } from '../../api/types';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { createCustomField, customerFieldsKey, updateCustomField } from './customers.api';
import { FormActions, FormError } from '../../ui/form-parts';

interface Values {
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  sortOrder: number | string;
}

export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

function FieldForm({ field, nextSortOrder, onClose }: { field: CustomField | null; nextSortOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      key: field?.key ?? '',
      label: field?.label ?? '',
      type: field?.type ?? 'text',
      options: field?.options ?? [],
      required: field?.required ?? false,
      sortOrder: field?.sortOrder ?? nextSortOrder,
    },
    validate: {
      key: (v) => (field || FIELD_KEY_PATTERN.test(v.trim()) ? null : t('customFields.keyRule')),
      label: (v) => (v.trim() ? null : t('validation.required')),
      options: (v, values) => {
        if (values.type !== 'enum') return null;
        if (v.length === 0) return t('customFields.optionsRequired');
        return new Set(v).size === v.length ? null : t('customFields.optionsUnique');
      },
    },
  });

  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const options = v.type === 'enum' ? v.options.map((o) => o.trim()).filter(Boolean) : undefined;
      const common = { label: v.label.trim(), required: v.required, sortOrder: Number(v.sortOrder) || 0 };
      return field
        ? updateCustomField(field.id, { ...common, ...(options ? { options } : {}) })
        : createCustomField({ key: v.key.trim(), type: v.type, ...common, ...(options ? { options } : {}) });
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: customerFieldsKey });
      notifySuccess(t(field ? 'customFields.updated' : 'customFields.created', { name: saved.label }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { custom_field_key_taken: 'key', invalid_custom_field_options: 'options' })),
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
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('customFields.fields.key')}
            description={field ? t('customFields.keyFixed') : t('customFields.keyHint')}
            required={!field}
            readOnly={Boolean(field)}
            variant={field ? 'filled' : 'default'}
            ff="monospace"
            data-autofocus={!field || undefined}
            {...form.getInputProps('key')}
          />
          <TextInput label={t('customFields.fields.label')} description={t('customFields.labelHint')} required data-autofocus={field ? true : undefined} {...form.getInputProps('label')} />
          <Select
            label={t('customFields.fields.type')}
            description={field ? t('customFields.typeFixed') : undefined}
            data={customFieldTypes.map((ty) => ({ value: ty, label: t(`customFields.types.${ty}`) }))}
            allowDeselect={false}
            disabled={Boolean(field)}
            {...form.getInputProps('type')}
          />
          <NumberInput label={t('customFields.fields.sortOrder')} description={t('departments.sortOrderHint')} allowDecimal={false} {...form.getInputProps('sortOrder')} />
        </SimpleGrid>
        {form.values.type === 'enum' && (
          <TagsInput label={t('customFields.fields.options')} description={t('customFields.optionsHint')} required {...form.getInputProps('options')} />
        )}
        <Switch label={t('customFields.fields.required')} description={t('customFields.requiredHint')} {...form.getInputProps('required', { type: 'checkbox' })} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={field ? t('common.save') : t('customFields.create')} />
      </Stack>
    </form>
  );
}

export function CustomFieldModal({ opened, field, nextSortOrder, onClose }: { opened: boolean; field: CustomField | null; nextSortOrder: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={field ? t('customFields.editTitle') : t('customFields.createTitle')} size="lg">
      {opened && <FieldForm key={field?.id ?? 'new'} field={field} nextSortOrder={nextSortOrder} onClose={onClose} />}
    </Modal>
  );
}
