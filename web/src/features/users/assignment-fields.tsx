import { Select, SimpleGrid } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../departments/departments.api';
import { useStoreOptions } from '../stores/stores.api';
import { useUserOptions } from '../users/users.api';

export interface AssignmentValues {
  departmentId: string | null;
  teamId: string | null;
  storeId: string | null;
  managerId: string | null;
}

type InputProps = (field: keyof AssignmentValues) => GetInputPropsReturnType;

/** Department, team (of that department), store and optionally manager selects for a user form. */
export function AssignmentFields({
  values,
  inputProps,
  onDepartmentChange,
  withManager,
  excludeUserId,
}: {
  values: AssignmentValues;
  inputProps: InputProps;
  onDepartmentChange: (id: string | null) => void;
  withManager?: boolean;
  excludeUserId?: string;
}) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const stores = useStoreOptions();
  const users = useUserOptions(Boolean(withManager));

  const departmentData = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  const teams = (departments.data ?? []).find((d) => d.id === values.departmentId)?.teams ?? [];
  const teamData = teams.map((team) => ({ value: team.id, label: team.name }));
  const storeData = (stores.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} (${s.code})` }));
  const managerData = (users.data?.items ?? []).filter((u) => u.id !== excludeUserId).map((u) => ({ value: u.id, label: `${u.name} · ${u.email}` }));

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Select
        label={t('users.fields.department')}
        placeholder={t('common.none')}
        data={departmentData}
        clearable
        searchable
        {...inputProps('departmentId')}
        onChange={(value) => onDepartmentChange(value)}
      />
      <Select
        label={t('users.fields.team')}
        placeholder={values.departmentId ? t('common.none') : t('users.pickDepartmentFirst')}
        data={teamData}
        clearable
        disabled={!values.departmentId}
        {...inputProps('teamId')}
      />
      <Select
        label={t('users.fields.store')}
        placeholder={t('common.none')}
        data={storeData}
        clearable
        searchable
        {...inputProps('storeId')}
      />
      {withManager && (
        <Select
          label={t('users.fields.manager')}
          placeholder={t('common.none')}
          data={managerData}
          clearable
          searchable
          {...inputProps('managerId')}
        />
      )}
    </SimpleGrid>
  );
}
