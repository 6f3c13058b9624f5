import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCurrentUser } from '../auth/auth.api';
import { cannedBody, cannedReplies, fillVariables } from './canned-replies';
import { useAddMessage } from './tickets.api';
import type { Ticket } from './tickets.types';

export type ComposerMode = 'public_reply' | 'internal_note';
export interface ComposerHandle {
  /** Switches to reply or note and puts the cursor in the text. */
  focus(mode: ComposerMode): void;
}

/** Reply / internal note with canned replies; Ctrl+Enter (Cmd+Enter) sends. */
export function TicketComposer({ ticket, handle }: { ticket: Ticket; handle: Ref<ComposerHandle> }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [mode, setMode] = useState<ComposerMode>('public_reply');
  const [body, setBody] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);
  const send = useAddMessage(ticket.id);

  useImperativeHandle(handle, () => ({
    focus(next) {
      setMode(next);
      // After the mode's re-render, so the caret lands in the visible box.
      setTimeout(() => text.current?.focus(), 0);
    },
  }));

  const submit = () => {
    const trimmed = body.trim();
    if (!trimmed || send.isPending) return;
    send.mutate(
      { kind: mode, body: trimmed },
      {
        onSuccess: () => {
          setBody('');
          notifySuccess(t('tickets.composer.sent'));
        },
        onError: (err) => notifyError(t, err),
      },
    );
  };

  const insertCanned = (id: string | null) => {
    const reply = cannedReplies.find((c) => c.id === id);
    if (!reply) return;
    const filled = fillVariables(cannedBody(reply, i18n.language), {
      'customer.name': ticket.requester?.displayName ?? '',
      'ticket.number': String(ticket.number),
      'agent.name': me.name,
    });
    setBody((current) => (current.trim() ? `${current}\n${filled}` : filled));
    text.current?.focus();
  };

  if (ticket.status === 'closed') {
    return (
      <Text size="sm" c="dimmed">
        {t('tickets.composer.closed')}
      </Text>
    );
  }
  const note = mode === 'internal_note';
  return (
    <Stack gap="xs" p="sm" style={{ borderRadius: 'var(--mantine-radius-md)', background: note ? 'var(--mantine-color-yellow-0)' : 'var(--mantine-color-gray-0)' }}>
      <Group justify="space-between" gap="xs">
        <SegmentedControl
          size="xs"
          aria-label={t('tickets.composer.mode')}
          value={mode}
          onChange={(v) => setMode(v as ComposerMode)}
          data={[
            { value: 'public_reply', label: t('tickets.composer.reply') },
            { value: 'internal_note', label: t('tickets.composer.note') },
          ]}
        />
        <Select
          size="xs"
          w={200}
          aria-label={t('tickets.composer.canned')}
          placeholder={t('tickets.composer.cannedPlaceholder')}
          data={cannedReplies.map((c) => ({ value: c.id, label: t(`tickets.canned.${c.key}`) }))}
          value={null}
          onChange={insertCanned}
        />
      </Group>
      <Textarea
        ref={text}
        autosize
        minRows={3}
        maxRows={10}
        aria-label={note ? t('tickets.composer.note') : t('tickets.composer.reply')}
        placeholder={note ? t('tickets.composer.notePlaceholder') : t('tickets.composer.replyPlaceholder')}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
        data-testid="composer"
        data-mode={mode}
      />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t('tickets.composer.sendHint')}
        </Text>
        <Button size="xs" leftSection={<IconSend size={14} />} color={note ? 'yellow' : 'indigo'} loading={send.isPending} disabled={!body.trim()} onClick={submit}>
          {t('tickets.composer.send')}
        </Button>
      </Group>
    </Stack>
  );
}
