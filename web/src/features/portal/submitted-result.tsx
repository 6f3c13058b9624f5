import { Alert, Anchor, Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PortalTicketAnswer } from './portal.api';

/** After a form is sent: the ticket number, the outcome in plain words and the status link. */
export function SubmittedResult({ answer }: { answer: PortalTicketAnswer }) {
  const { t } = useTranslation();
  const path = `/support/t/${answer.token}`;
  const link = answer.statusUrl.startsWith('http') ? answer.statusUrl : `${window.location.origin}${path}`;
  const color = answer.outcome === 'escalated' || answer.outcome === 'proof_needed' ? 'orange' : 'teal';
  return (
    <Paper withBorder p="lg" radius="md" data-testid="submitted-result">
      <Stack>
        <Title order={2}>{t('portal.result.title', { number: answer.number })}</Title>
        <Alert color={color} variant="light" icon={<IconCircleCheck size={18} />} role="status" data-outcome={answer.outcome ?? 'none'}>
          {t(`portal.result.outcome.${answer.outcome ?? 'none'}`)}
        </Alert>
        <div>
          <Text size="sm">{t('portal.result.keep')}</Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {link}
          </Code>
        </div>
        <Button component={Link} to={path}>
          {t('portal.result.open')}
        </Button>
        <Anchor component={Link} to="/support" size="sm">
          {t('portal.back')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
