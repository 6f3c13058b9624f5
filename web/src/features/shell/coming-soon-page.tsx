import { Badge, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconClockHour4, IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header';
import { comingSoonNav } from './nav-items';

export type PlannedModule = 'analytics';

/** A domain on the roadmap: what it will do, and no made-up data. */
export function ComingSoonPage({ module }: { module: PlannedModule }) {
  const { t } = useTranslation();
  const item = comingSoonNav.find((n) => n.key === module);
  const Icon = item?.icon ?? IconClockHour4;
  const features = t(`planned.${module}.features`, { returnObjects: true }) as string[];
  return (
    <>
      <PageHeader title={t(`nav.${module}`)} description={t(`planned.${module}.summary`)} />
      <Paper withBorder p="xl" radius="md">
        <Stack align="center" gap="md" maw={560} mx="auto" py="lg">
          <ThemeIcon size={64} radius="xl" variant="light">
            <Icon size={34} />
          </ThemeIcon>
          <Badge variant="light" color="gray" leftSection={<IconClockHour4 size={12} />}>
            {t('planned.badge')}
          </Badge>
          <Title order={3} ta="center">
            {t('planned.title', { module: t(`nav.${module}`) })}
          </Title>
          <Text c="dimmed" ta="center">
            {t('planned.description')}
          </Text>
          <List spacing={6} icon={<IconPoint size={16} />} center>
            {features.map((f) => (
              <List.Item key={f}>{f}</List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
    </>
  );
}
