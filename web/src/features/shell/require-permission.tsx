import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { usePermissions } from '../auth/auth.api';

/** Renders the page only for users holding the permission; others see why not. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const can = usePermissions();
  if (!can(permission)) {
    return <EmptyState icon={<IconLock size={28} />} title={t('errors.forbidden')} description={t('shell.forbiddenHint')} />;
  }
  return <>{children}</>;
}
