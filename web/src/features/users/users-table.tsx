import { ActionIcon, Badge, Menu, Table, Text } from '@mantine/core';
import { IconDots, IconKey, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { roleColors } from '../roles/role-options';

export function UsersTable({
  users,
  storeName,
  unitName,
  canManage,
  onEdit,
  onResetPassword,
}: {
  users: User[];
  storeName: (id: string | null) => string;
  unitName: (user: User) => string;
  canManage: boolean;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.fields.name')}</Table.Th>
            <Table.Th>{t('users.fields.role')}</Table.Th>
            <Table.Th>{t('users.fields.unit')}</Table.Th>
            <Table.Th>{t('users.fields.store')}</Table.Th>
            <Table.Th>{t('users.fields.status')}</Table.Th>
            <Table.Th>{t('users.fields.lastLogin')}</Table.Th>
            {canManage && <Table.Th w={60} aria-label={t('common.actions')} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {u.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {u.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={roleColors[u.role] ?? 'gray'}>
                  {t(`roles.names.${u.role}`, { defaultValue: u.role })}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{unitName(u)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{storeName(u.storeId)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="dot" color={u.active ? 'teal' : 'gray'}>
                  {u.active ? t('common.active') : t('common.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDateTime(u.lastLoginAt, i18n.language)}
                </Text>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: u.name })}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(u)}>
                        {t('common.edit')}
                      </Menu.Item>
                      <Menu.Item leftSection={<IconKey size={14} />} onClick={() => onResetPassword(u)}>
                        {t('users.resetPassword')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

