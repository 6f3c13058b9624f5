import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { currentLocale } from '../../i18n/i18n';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { FormError } from '../../ui/form-parts';
import { errorMessage } from '../../ui/error-message';
import { formatDateTime } from '../../ui/format';
import { notifySuccess } from '../../ui/notify';
import { CsatForm } from './csat-form';
import { Loading } from './loading';
import { LookupForm } from './lookup-form';
import { ScreenshotForm } from './screenshot-form';
import { publicTicketKey, sendPlayerMessage, usePublicTicket, type PublicMessage, type TicketStatus } from './portal.api';

const statusColor: Record<TicketStatus, string> = { new: 'blue', open: 'indigo', pending_customer: 'orange', on_hold: 'gray', resolved: 'teal', closed: 'dark' };

function Message({ m }: { m: PublicMessage }) {
  const { t } = useTranslation();
  const mine = m.from === 'player';
  const who = mine ? t('portal.status.you') : m.authorName ? t('portal.status.agent', { name: m.authorName }) : t('portal.status.support');
  return (
    <Paper withBorder p="sm" radius="md" bg={mine ? 'var(--mantine-color-indigo-0)' : 'white'} ml={mine ? 'xl' : 0} mr={mine ? 0 : 'xl'} data-testid="message" data-from={m.from}>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {who}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(m.createdAt, currentLocale())}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {m.body}
      </Text>
    </Paper>
  );
}

/** /support/t/:token — the requester follows the ticket, writes back and rates the answer. */
export function TicketStatusPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const ticket = usePublicTicket(token);
  const [reply, setReply] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => sendPlayerMessage(token, reply.trim()),
    onSuccess: () => {
      setReply('');
      notifySuccess(t('portal.status.sent'));
      void queryClient.invalidateQueries({ queryKey: publicTicketKey(token) });
    },
    onError: (err) => setFailure(errorMessage(t, err)),
  });

  if (ticket.isLoading) return <Loading />;
  if (ticket.isError) {
    const missing = isApiError(ticket.error) && ticket.error.code === 'portal_ticket_not_found';
    return (
      <Stack>
        {missing ? <Alert color="orange" variant="light" role="alert">{t('portal.status.notFound')}</Alert> : <ErrorAlert error={ticket.error} />}
        <LookupForm />
      </Stack>
    );
  }
  const view = ticket.data!;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/support" size="sm">
        {t('portal.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('portal.status.title', { number: view.number })}</Title>
          <Text>{view.subject}</Text>
          <Text size="sm" c="dimmed">
            {t('portal.status.created', { at: formatDateTime(view.createdAt, currentLocale()) })}
          </Text>
        </div>
        <Badge size="lg" color={statusColor[view.status]} data-testid="status-badge" data-status={view.status}>
          {t(`portal.status.values.${view.status}`)}
        </Badge>
      </Group>
      <CsatForm token={token} csat={view.csat} />
      <Title order={3}>{t('portal.status.conversation')}</Title>
      {view.messages.length === 0 ? (
        <EmptyState icon={<IconMessages />} title={t('portal.status.empty')} />
      ) : (
        <Stack gap="sm" aria-live="polite">
          {view.messages.map((m) => (
            <Message key={m.id} m={m} />
          ))}
        </Stack>
      )}
      {view.status === 'closed' ? (
        <Alert color="gray" variant="light">
          {t('portal.status.closed')}
        </Alert>
      ) : (
        <Stack gap="xs">
          <ScreenshotForm token={token} />
          <FormError message={failure} />
          <Textarea label={t('portal.status.reply')} autosize minRows={3} maxLength={5000} value={reply} onChange={(e) => setReply(e.currentTarget.value)} />
          <Group>
            <Button
              disabled={!reply.trim()}
              loading={send.isPending}
              onClick={() => {
                setFailure(null);
                send.mutate();
              }}
            >
              {t('portal.status.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
