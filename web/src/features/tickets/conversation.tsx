import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { AttachmentThumbs } from './attachment-thumbs';
import type { TicketMessage } from './tickets.types';

const look: Record<TicketMessage['kind'], { bg?: string; border: string }> = {
  public_reply: { border: 'var(--mantine-color-indigo-5)' },
  internal_note: { bg: 'var(--mantine-color-yellow-0)', border: 'var(--mantine-color-yellow-6)' },
  customer_message: { bg: 'var(--mantine-color-gray-0)', border: 'var(--mantine-color-gray-5)' },
  system: { border: 'transparent' },
};

function Message({ message }: { message: TicketMessage }) {
  const { t, i18n } = useTranslation();
  if (message.kind === 'system') {
    return (
      <Text size="xs" c="dimmed" ta="center" data-kind="system" style={{ whiteSpace: 'pre-wrap' }}>
        {message.body} · {formatDateTime(message.createdAt, i18n.language)}
      </Text>
    );
  }
  const style = look[message.kind];
  return (
    <Paper withBorder p="sm" radius="md" bg={style.bg} style={{ borderLeft: `4px solid ${style.border}` }} data-kind={message.kind}>
      <Group justify="space-between" gap="xs" mb={4}>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {message.authorLabel}
          </Text>
          <Badge
            size="xs"
            variant="light"
            color={message.kind === 'internal_note' ? 'yellow' : message.kind === 'public_reply' ? 'indigo' : 'gray'}
            leftSection={message.kind === 'internal_note' ? <IconLock size={10} /> : undefined}
          >
            {t(`tickets.message.${message.kind}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(message.createdAt, i18n.language)}
        </Text>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {message.body}
      </Text>
      {message.kind === 'customer_message' && <AttachmentThumbs ticketId={message.ticketId} messageId={message.id} />}
    </Paper>
  );
}

/** The conversation, oldest first: public replies and internal notes look different (notes are yellow, with a lock). */
export function Conversation({ messages }: { messages: TicketMessage[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('tickets.detail.noMessages')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="conversation">
      {messages.map((m) => (
        <Message key={m.id} message={m} />
      ))}
    </Stack>
  );
}
