import { Modal, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../api/types';
import { applyServerErrors } from '../../ui/server-errors';
import { notifySuccess } from '../../ui/notify';
import { meKey, useCurrentUser } from '../auth/auth.api';
import { roleOptions } from '../roles/role-options';
import { AssignmentFields } from './assignment-fields';
import { updateUser, usersKey } from './users.api';
import { required } from './user-validation';
import { FormActions, FormError } from '../../ui/form-parts';

interface Values {
  name: string;
  role: Role;
  active: boolean;
  departmentId: string | null;
  teamId: string | null;
  storeId: string | null;
  managerId: string | null;
}

function EditForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const isSelf = me.id === user.id;
  const form = useForm<Values>({
    initialValues: {
      name: user.name,
      role: user.role,
      active: user.active,
      departmentId: user.departmentId,
      teamId: user.teamId,
      storeId: user.storeId,
      managerId: user.managerId,
    },
    validate: { name: required(t) },
  });

  const mutation = useMutation({
    mutationFn: (v: Values) => {
      // Only what changed, so an unchanged role is not re-sent (and not audited as a change).
      const body = Object.fromEntries(
        (Object.keys(v) as (keyof Values)[]).filter((k) => v[k] !== form.getInitialValues()[k]).map((k) => [k, k === 'name' ? v.name.trim() : v[k]]),
      );
      return updateUser(user.id, body);
    },
    onSuccess: (updated) => {
      void client.invalidateQueries({ queryKey: usersKey });
      if (isSelf) void client.invalidateQueries({ queryKey: meKey });
      notifySuccess(t('users.updated', { name: updated.name }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { unknown_role: 'role', cannot_change_own_role: 'role' })),
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
        <TextInput label={t('users.fields.email')} value={user.email} readOnly variant="filled" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('users.fields.name')} required data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('users.fields.role')}
            data={roleOptions(t)}
            allowDeselect={false}
            disabled={isSelf}
            description={isSelf ? t('users.ownRoleHint') : undefined}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <AssignmentFields
          values={form.values}
          inputProps={(f) => form.getInputProps(f)}
          onDepartmentChange={(id) => form.setValues({ departmentId: id, teamId: null })}
          withManager
          excludeUserId={user.id}
        />
        <Switch
          label={t('users.fields.active')}
          description={t('users.activeHint')}
          disabled={isSelf}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={t('common.save')} />
      </Stack>
    </form>
  );
}

export function UserEditModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={Boolean(user)} onClose={onClose} title={t('users.editTitle')} size="lg">
      {user && <EditForm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}
