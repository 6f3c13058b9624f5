import { Modal, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api/types';
import { applyServerErrors } from '../../ui/server-errors';
import { notifySuccess } from '../../ui/notify';
import { createDepartment, departmentsKey, updateDepartment } from './departments.api';
import { FormActions, FormError } from '../../ui/form-parts';

function DepartmentForm({ department, onClose }: { department: Department | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      code: department?.code ?? '',
      name: department?.name ?? '',
      description: department?.description ?? '',
      sortOrder: department?.sortOrder ?? 0,
    },
    validate: {
      code: (v) => (department || /^[A-Za-z0-9_-]{2,32}$/.test(v.trim()) ? null : t('departments.codeRule')),
      name: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body = { name: v.name.trim(), description: v.description.trim(), sortOrder: Number(v.sortOrder) || 0 };
      return department ? updateDepartment(department.id, body) : createDepartment({ ...body, code: v.code.trim() });
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: departmentsKey });
      notifySuccess(t(department ? 'departments.updated' : 'departments.created', { name: saved.name }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { department_code_taken: 'code' })),
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
        <TextInput
          label={t('departments.fields.code')}
          required={!department}
          readOnly={Boolean(department)}
          variant={department ? 'filled' : 'default'}
          data-autofocus={!department || undefined}
          {...form.getInputProps('code')}
        />
        <TextInput label={t('departments.fields.name')} required data-autofocus={department ? true : undefined} {...form.getInputProps('name')} />
        <Textarea label={t('departments.fields.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <NumberInput label={t('departments.fields.sortOrder')} description={t('departments.sortOrderHint')} allowDecimal={false} {...form.getInputProps('sortOrder')} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={department ? t('common.save') : t('departments.create')} />
      </Stack>
    </form>
  );
}

export function DepartmentModal({ opened, department, onClose }: { opened: boolean; department: Department | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={department ? t('departments.editTitle') : t('departments.createTitle')}
    >
      {opened && <DepartmentForm key={department?.id ?? 'new'} department={department} onClose={onClose} />}
    </Modal>
  );
}
