import { Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../ui/form-parts';
import { notifySuccess } from '../../ui/notify';
import { applyServerErrors } from '../../ui/server-errors';
import { categoryName, categoryOptions, nextSort, subtree } from './category-tree';
import { categoriesKey, createCategory, updateCategory, useRefresh } from './desk-settings.api';
import type { DeskCategory } from './desk-settings.types';

/** A new category (optionally under a parent), or an existing one to rename, move or (de)activate. */
export interface CategoryTarget {
  category: DeskCategory | null;
  parentId: string | null;
}

const CODE = /^[a-z][a-z0-9_]{0,39}$/;

function CategoryForm({ target, items, onClose }: { target: CategoryTarget; items: DeskCategory[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh();
  const { category } = target;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      code: category?.code ?? '',
      nameZh: category?.nameZh ?? '',
      nameEn: category?.nameEn ?? '',
      parentId: category ? category.parentId : target.parentId,
      active: category?.active ?? true,
    },
    validate: {
      code: (v) => (category || CODE.test(v.trim()) ? null : t('deskSettings.categories.codeRule')),
      nameZh: (v) => (!v.trim() ? t('validation.required') : v.trim().length > 100 ? t('validation.tooLong', { max: 100 }) : null),
      nameEn: (v) => (!v.trim() ? t('validation.required') : v.trim().length > 100 ? t('validation.tooLong', { max: 100 }) : null),
    },
  });
  // A category cannot move under itself or under one of its own sub-categories.
  const parents = categoryOptions(items, i18n.language, category ? subtree(items, category.id) : new Set());
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body = { nameZh: v.nameZh.trim(), nameEn: v.nameEn.trim(), parentId: v.parentId, active: v.active };
      if (category) {
        const moved = v.parentId !== category.parentId;
        return updateCategory(category.id, moved ? { ...body, sort: nextSort(items, v.parentId) } : body);
      }
      return createCategory({ ...body, code: v.code.trim(), sort: nextSort(items, v.parentId) });
    },
    onSuccess: (saved) => {
      refresh(categoriesKey);
      notifySuccess(t(category ? 'deskSettings.categories.updated' : 'deskSettings.categories.created', { name: categoryName(saved, i18n.language) }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { ticket_category_code_taken: 'code', invalid_ticket_category_parent: 'parentId' })),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) => {
        setFormError(null);
        mutation.mutate(v);
      })}
    >
      <Stack>
        <FormError message={formError} />
        <TextInput
          label={t('deskSettings.categories.code')}
          description={category ? undefined : t('deskSettings.categories.codeHint')}
          required={!category}
          readOnly={Boolean(category)}
          variant={category ? 'filled' : 'default'}
          data-autofocus={!category || undefined}
          ff="monospace"
          {...form.getInputProps('code')}
        />
        <SimpleGrid cols={2}>
          <TextInput label={t('deskSettings.categories.nameZh')} required data-autofocus={category ? true : undefined} {...form.getInputProps('nameZh')} />
          <TextInput label={t('deskSettings.categories.nameEn')} required {...form.getInputProps('nameEn')} />
        </SimpleGrid>
        <Select
          label={t('deskSettings.categories.parent')}
          placeholder={t('deskSettings.categories.topLevel')}
          data={parents}
          searchable
          clearable
          {...form.getInputProps('parentId')}
        />
        <Switch label={t('deskSettings.categories.activeLabel')} description={t('deskSettings.categories.activeHint')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={category ? t('common.save') : t('deskSettings.categories.submitCreate')} />
      </Stack>
    </form>
  );
}

export function CategoryModal({ target, items, onClose }: { target: CategoryTarget | null; items: DeskCategory[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(target)} onClose={onClose} title={target?.category ? t('deskSettings.categories.editTitle') : t('deskSettings.categories.createTitle')}>
      {target && <CategoryForm key={target.category?.id ?? `new-${target.parentId ?? ''}`} target={target} items={items} onClose={onClose} />}
    </Modal>
  );
}
