import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconSend, IconX } from '@tabler/icons-react';
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCurrentUser } from '../auth/auth.api';
import { fillVariables } from './canned-replies';
import { MacroPicker } from './macro-picker';
import { macroBody, macroName, type Macro } from './macros.api';
import { useAddMessage, usePatchTicket } from './tickets.api';
import type { Ticket } from './tickets.types';

export type ComposerMode = 'public_reply' | 'internal_note';
export interface ComposerHandle {
  /** Switches to reply or note and puts the cursor in the text. */
  focus(mode: ComposerMode): void;
}

/** Reply / internal note with macros (canned replies); Ctrl+Enter (Cmd+Enter) sends. */
export function TicketComposer({ ticket, handle }: { ticket: Ticket; handle: Ref<ComposerHandle> }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [mode, setMode] = useState<ComposerMode>('public_reply');
  const [body, setBody] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);
  const send = useAddMessage(ticket.id);
  const patch = usePatchTicket(ticket.id);
  // A picked macro's actions wait for the message: they are applied when it is sent.
  const [pending, setPending] = useState<Macro | null>(null);

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
    const actions = pending?.actions ?? {};
    send.mutate(
      { kind: mode, body: trimmed, ...(actions.status ? { status: actions.status } : {}) },
      {
        onSuccess: () => {
          setBody('');
          setPending(null);
          notifySuccess(t('tickets.composer.sent'));
          const added = (actions.addTags ?? []).filter((tag) => !ticket.tags.includes(tag));
          if (added.length > 0) patch.mutate({ tags: [...ticket.tags, ...added] }, { onError: (err) => notifyError(t, err) });
        },
        onError: (err) => notifyError(t, err),
      },
    );
  };

  const insertMacro = (macro: Macro) => {
    const filled = fillVariables(macroBody(macro, i18n.language), {
      'requester.name': ticket.requester?.displayName ?? '',
      'ticket.number': String(ticket.number),
      'ticket.subject': ticket.subject,
      'agent.name': me.name,
    });
    setBody((current) => (current.trim() ? `${current}\n${filled}` : filled));
    const { status, addTags } = macro.actions;
    setPending(status || addTags?.length ? macro : null);
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
        <MacroPicker onPick={insertMacro} />
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
      {pending && (
        <Group gap={4} data-testid="macro-actions">
          <Text size="xs" c="dimmed">
            {t('tickets.macros.onSend', {
              name: macroName(pending, i18n.language),
              actions: [
                pending.actions.status ? t('tickets.macros.setStatus', { status: t(`tickets.status.${pending.actions.status}`) }) : null,
                pending.actions.addTags?.length ? t('tickets.macros.addTags', { tags: pending.actions.addTags.join(', ') }) : null,
              ]
                .filter(Boolean)
                .join(' · '),
            })}
          </Text>
          <ActionIcon size="xs" variant="subtle" color="gray" aria-label={t('tickets.macros.dropActions')} onClick={() => setPending(null)}>
            <IconX size={12} />
          </ActionIcon>
        </Group>
      )}
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
