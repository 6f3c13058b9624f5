import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { PortalLanguage } from './portal-language';
import { Loading } from './loading';

/** The public pages' frame: no staff navigation, just the portal's name and the language switch. */
export function PortalLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="sm" py="sm">
          <Group justify="space-between">
            <Anchor component={Link} to="/support" underline="never" c="inherit">
              <Group gap="xs">
                <IconLifebuoy size={24} color="var(--mantine-color-indigo-6)" aria-hidden />
                <Text fw={600}>{t('portal.title')}</Text>
              </Group>
            </Anchor>
            <PortalLanguage />
          </Group>
        </Container>
      </Box>
      <Container size="sm" py="lg" component="main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Container>
    </Box>
  );
}
