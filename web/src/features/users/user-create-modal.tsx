import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Role } from '../../api/types';
import { applyServerErrors } from '../../ui/server-errors';
import { notifySuccess } from '../../ui/notify';
import { NewPasswordField } from '../auth/password-field';
import { roleOptions } from '../roles/role-options';
import { AssignmentFields } from './assignment-fields';
import { createUser, usersKey } from './users.api';
import { orUndefined, required, strongPassword, validEmail } from './user-validation';
import { FormActions, FormError } from '../../ui/form-parts';

interface Values {
  email: string;
  name: string;
  role: Role | null;
  password: string;
  locale: Locale | null;
  departmentId: string | null;
  teamId: string | null;
  storeId: string | null;
  managerId: string | null;
}

const initialValues: Values = {
  email: '',
  name: '',
  role: 'agent',
  password: '',
  locale: null,
  departmentId: null,
  teamId: null,
  storeId: null,
  managerId: null,
};

export function UserCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues,
    validate: { email: validEmail(t), name: required(t), role: required(t), password: strongPassword(t) },
  });

  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };

  const mutation = useMutation({
    mutationFn: (v: Values) =>
      createUser({
        email: v.email.trim(),
        name: v.name.trim(),
        role: v.role!,
        password: v.password,
        locale: orUndefined(v.locale) as Locale | undefined,
        departmentId: orUndefined(v.departmentId),
        teamId: orUndefined(v.teamId),
        storeId: orUndefined(v.storeId),
        managerId: orUndefined(v.managerId),
      }),
    onSuccess: (user) => {
      void client.invalidateQueries({ queryKey: usersKey });
      notifySuccess(t('users.created', { name: user.name }));
      close();
    },
    onError: (err) =>
      setFormError(applyServerErrors(form, err, t, { email_taken: 'email', weak_password: 'password', unknown_role: 'role' })),
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg">
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
            <TextInput label={t('users.fields.email')} type="email" required data-autofocus autoComplete="off" {...form.getInputProps('email')} />
            <TextInput label={t('users.fields.name')} required {...form.getInputProps('name')} />
            <Select label={t('users.fields.role')} required data={roleOptions(t)} allowDeselect={false} {...form.getInputProps('role')} />
            <Select
              label={t('users.fields.locale')}
              placeholder={t('users.localeDefault')}
              clearable
              data={[
                { value: 'zh-CN', label: t('locales.zh-CN') },
                { value: 'en', label: t('locales.en') },
              ]}
              {...form.getInputProps('locale')}
            />
          </SimpleGrid>
          <NewPasswordField label={t('users.fields.password')} required {...form.getInputProps('password')} value={form.values.password} />
          <AssignmentFields
            values={form.values}
            inputProps={(f) => form.getInputProps(f)}
            onDepartmentChange={(id) => form.setValues({ departmentId: id, teamId: null })}
          />
          <FormActions onCancel={close} submitting={mutation.isPending} submitLabel={t('users.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
