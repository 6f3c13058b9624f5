import { Alert, Group, Paper, Skeleton, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../ui/error-message';

/** One number from the API with a link to its screen. */
export function SummaryCard(props: {
  label: string;
  icon: Icon;
  to: string;
  count: number | undefined;
  more?: boolean;
  loading: boolean;
  error: unknown;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to={props.to} data-testid={props.testId}>
      <Paper withBorder p="lg" radius="md" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text size="sm" c="dimmed" fw={500}>
              {props.label}
            </Text>
            {props.loading ? (
              <Skeleton height={34} width={60} mt={6} />
            ) : props.error ? (
              <Alert color="red" variant="transparent" p={0} mt={6}>
                {errorMessage(t, props.error)}
              </Alert>
            ) : (
              <Text fz={32} fw={700} lh={1.2} mt={4}>
                {props.count ?? 0}
                {props.more ? '+' : ''}
              </Text>
            )}
          </div>
          <ThemeIcon size={44} radius="md" variant="light">
            <props.icon size={24} />
          </ThemeIcon>
        </Group>
      </Paper>
    </UnstyledButton>
  );
}
