import type { TFunction } from 'i18next';
import { roles, type Role } from '../../api/types';

export const roleColors: Record<Role, string> = {
  admin: 'red',
  manager: 'grape',
  supervisor: 'violet',
  team_lead: 'indigo',
  agent: 'blue',
  store_manager: 'teal',
  store_staff: 'green',
  analyst: 'orange',
};

/** Select data with the role names in the reader's language. */
export function roleOptions(t: TFunction): { value: Role; label: string }[] {
  return roles.map((role) => ({ value: role, label: t(`roles.names.${role}`) }));
}
