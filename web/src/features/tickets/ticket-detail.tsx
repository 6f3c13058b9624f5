import { Box, Divider, Paper, ScrollArea, Skeleton, Stack, Text } from '@mantine/core';
import { IconTicket } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { ComplaintPanel } from './complaint-panel';
import { Conversation } from './conversation';
import { CustomerSidebar } from './customer-sidebar';
import { TicketComposer, type ComposerHandle } from './ticket-composer';
import { TicketHeader } from './ticket-header';
import { useTicket, useTicketMessages } from './tickets.api';

/** The right pane: the ticket (header, description, conversation, composer) beside the customer sidebar. */
export function TicketDetail({ ticketId, composer, onOpenTicket }: { ticketId: string | undefined; composer: Ref<ComposerHandle>; onOpenTicket: (id: string) => void }) {
  const { t } = useTranslation();
  const ticket = useTicket(ticketId);
  const messages = useTicketMessages(ticketId);

  if (!ticketId) return <EmptyState icon={<IconTicket />} title={t('tickets.detail.pick')} description={t('tickets.detail.pickHint')} />;
  if (ticket.isPending) return <Skeleton height={400} />;
  if (ticket.isError) return <ErrorAlert error={ticket.error} />;
  const tk = ticket.data;

  return (
    <Box style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 260px', gap: 'var(--mantine-spacing-md)', height: '100%', minHeight: 0 }}>
      <Stack gap="sm" style={{ minHeight: 0 }} data-testid="ticket-detail">
        <TicketHeader ticket={tk} />
        <Divider />
        <ScrollArea style={{ flex: 1 }} offsetScrollbars>
          <Stack gap="sm">
            <ComplaintPanel key={tk.id} ticket={tk} />
            {tk.description && (
              <Paper p="sm" radius="md" withBorder>
                <Text size="xs" fw={700} c="dimmed" mb={4}>
                  {t('tickets.detail.description')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {tk.description}
                </Text>
              </Paper>
            )}
            {messages.isPending && <Skeleton height={80} />}
            {messages.isError && <ErrorAlert error={messages.error} />}
            {messages.data && <Conversation messages={messages.data} />}
          </Stack>
        </ScrollArea>
        <TicketComposer key={tk.id} ticket={tk} handle={composer} />
      </Stack>
      <ScrollArea offsetScrollbars>
        <CustomerSidebar ticketId={tk.id} onOpenTicket={onOpenTicket} />
      </ScrollArea>
    </Box>
  );
}
