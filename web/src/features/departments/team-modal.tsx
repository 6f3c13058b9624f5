import { Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department, Team } from '../../api/types';
import { applyServerErrors } from '../../ui/server-errors';
import { notifySuccess } from '../../ui/notify';
import { createTeam, departmentsKey, updateTeam } from './departments.api';
import { FormActions, FormError } from '../../ui/form-parts';

export interface TeamTarget {
  team: Team | null;
  departmentId: string;
}

function TeamForm({ target, departments, onClose }: { target: TeamTarget; departments: Department[]; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { team } = target;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { departmentId: target.departmentId as string | null, name: team?.name ?? '', description: team?.description ?? '' },
    validate: {
      departmentId: (v) => (v ? null : t('validation.required')),
      name: (v) => (v.trim() ? null : t('validation.required')),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body = { departmentId: v.departmentId!, name: v.name.trim(), description: v.description.trim() };
      return team ? updateTeam(team.id, body) : createTeam(body);
    },
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: departmentsKey });
      notifySuccess(t(team ? 'teams.updated' : 'teams.created', { name: saved.name }));
      onClose();
    },
    onError: (err) => setFormError(applyServerErrors(form, err, t, { department_not_found: 'departmentId' })),
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
        <TextInput label={t('teams.fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <Select
          label={t('teams.fields.department')}
          required
          allowDeselect={false}
          data={departments.map((d) => ({ value: d.id, label: d.name }))}
          {...form.getInputProps('departmentId')}
        />
        <Textarea label={t('teams.fields.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <FormActions onCancel={onClose} submitting={mutation.isPending} submitLabel={team ? t('common.save') : t('teams.create')} />
      </Stack>
    </form>
  );
}

export function TeamModal({ target, departments, onClose }: { target: TeamTarget | null; departments: Department[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={Boolean(target)}
      onClose={onClose}
      title={target?.team ? t('teams.editTitle') : t('teams.createTitle')}
    >
      {target && <TeamForm key={target.team?.id ?? `new-${target.departmentId}`} target={target} departments={departments} onClose={onClose} />}
    </Modal>
  );
}
