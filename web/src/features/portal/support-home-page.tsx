import { Card, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconCoin, IconMessageQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { Loading } from './loading';
import { LookupForm } from './lookup-form';
import { useForms } from './portal.api';

/** /support: pick a form, or follow a ticket by email and number. */
export function SupportHomePage() {
  const { t } = useTranslation();
  const forms = useForms();
  const cards = (forms.data?.items ?? []).map((f) =>
    f.kind === 'recharge'
      ? { code: f.code, to: '/support/recharge', icon: <IconCoin size={28} aria-hidden />, title: t('portal.forms.recharge'), hint: t('portal.forms.rechargeHint') }
      : { code: f.code, to: '/support/new', icon: <IconMessageQuestion size={28} aria-hidden />, title: t('portal.forms.general'), hint: t('portal.forms.generalHint') },
  );
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('portal.forms.title')}</Title>
        <Text c="dimmed">{t('portal.subtitle')}</Text>
      </div>
      {forms.isLoading && <Loading />}
      {forms.isError && <ErrorAlert error={forms.error} />}
      {forms.isSuccess && cards.length === 0 && <EmptyState icon={<IconMessageQuestion />} title={t('portal.forms.empty')} />}
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        {cards.map((c) => (
          <UnstyledButton key={c.code} component={Link} to={c.to} data-testid={`form-${c.code}`}>
            <Card withBorder padding="lg" radius="md" h="100%">
              <Stack gap={6}>
                {c.icon}
                <Text fw={600}>{c.title}</Text>
                <Text size="sm" c="dimmed">
                  {c.hint}
                </Text>
              </Stack>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
      <LookupForm />
    </Stack>
  );
}
