import { Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePermissions } from '../auth/auth.api';
import { adminNav, comingSoonNav, mainNav, type NavItem } from './nav-items';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

function Section({ label, items, soon, onNavigate }: { label?: string; items: NavItem[]; soon?: boolean; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (items.length === 0) return null;
  return (
    <Stack gap={2}>
      {label && (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
          {label}
        </Text>
      )}
      {items.map((item) => (
        <NavLink
          key={item.key}
          component={Link}
          to={item.path}
          label={t(`nav.${item.key}`)}
          leftSection={<item.icon size={18} stroke={1.6} />}
          rightSection={
            soon ? (
              <Badge size="xs" variant="light" color="gray">
                {t('nav.soon')}
              </Badge>
            ) : undefined
          }
          active={isActive(pathname, item.path)}
          onClick={onNavigate}
          c={soon ? 'dimmed' : undefined}
        />
      ))}
    </Stack>
  );
}

/** Navigation: home and the modules, the domains to come, and the admin screens the user may open. */
export function Navbar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const allowed = (item: NavItem) => !item.permission || can(item.permission);
  const main = mainNav.filter(allowed);
  const admin = adminNav.filter(allowed);
  return (
    <ScrollArea type="scroll" h="100%">
      <nav aria-label={t('nav.label')}>
        <Stack gap="xs" p="sm">
          <Section items={main} onNavigate={onNavigate} />
          <Section label={t('nav.comingSoon')} items={comingSoonNav} soon onNavigate={onNavigate} />
          <Section label={t('nav.admin')} items={admin} onNavigate={onNavigate} />
        </Stack>
      </nav>
    </ScrollArea>
  );
}
