import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header';
import { ChangePasswordCard } from './change-password-card';
import { ProfileCard } from './profile-card';
import { SessionsCard } from './sessions-card';

export function MePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('me.title')} description={t('me.description')} />
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ProfileCard />
          <ChangePasswordCard />
        </SimpleGrid>
        <SessionsCard />
      </Stack>
    </>
  );
}
