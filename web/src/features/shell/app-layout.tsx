import { AppShell, Burger, Group, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingCastle } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/auth.api';
import { LanguageSwitcher } from './language-switcher';
import { Navbar } from './navbar';
import { NotificationBell } from './notification-bell';
import { UserMenu } from './user-menu';
import { useProfileLocale } from './use-profile-locale';

function PageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <Skeleton height={32} width="40%" />
      <Skeleton height={16} width="60%" />
      <Skeleton height={200} />
    </Stack>
  );
}

/** The signed-in frame: header with product name, language and user menu; navigation; the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  useProfileLocale(me);

  useEffect(() => {
    document.title = `${t('app.name')}`;
  }, [t]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNav')} />
            <UnstyledButton component={Link} to="/" aria-label={t('nav.dashboard')}>
              <Group gap={8} wrap="nowrap">
                <IconBuildingCastle size={26} color="var(--mantine-color-indigo-6)" aria-hidden />
                <Title order={4} fw={700}>
                  {t('app.name')}
                </Title>
                <Text size="sm" c="dimmed" visibleFrom="md">
                  {t('app.tagline')}
                </Text>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitcher />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <Navbar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <Suspense key={pathname} fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
