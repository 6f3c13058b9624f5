import { Button, Group, Kbd, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { addNote, customerKey, useNotes } from './customers.api';

const MAX_NOTE = 5000;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Write a note on the profile (Ctrl/⌘+Enter adds it); the latest notes below. */
export function CustomerNotes({ customerId, canWrite }: { customerId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const notes = useNotes(customerId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (text: string) => addNote(customerId, { body: text }),
    onSuccess: () => {
      setBody('');
      // Notes show in the list and on the timeline.
      void client.invalidateQueries({ queryKey: customerKey(customerId) });
      notifySuccess(t('customers.notes.added'));
    },
    onError: (err) => notifyError(t, err, t('customers.notes.addFailed')),
  });

  const submit = () => {
    const text = body.trim();
    if (!text) {
      setError(t('customers.notes.empty'));
      return;
    }
    if (text.length > MAX_NOTE) {
      setError(t('validation.tooLong', { max: MAX_NOTE }));
      return;
    }
    setError(null);
    mutation.mutate(text);
  };

  const latest = (notes.data ?? []).slice(0, 3);

  return (
    <Paper withBorder p="lg" radius="md" data-testid="customer-notes">
      <Title order={4} mb="sm">
        {t('customers.notes.title')}
      </Title>
      {canWrite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Textarea
            aria-label={t('customers.notes.new')}
            placeholder={t('customers.notes.placeholder')}
            autosize
            minRows={2}
            maxRows={8}
            value={body}
            error={error}
            onChange={(e) => {
              setBody(e.currentTarget.value);
              if (error) setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
          />
          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd> + <Kbd size="xs">Enter</Kbd> {t('customers.notes.shortcut')}
            </Text>
            <Button type="submit" size="xs" leftSection={<IconNote size={14} />} loading={mutation.isPending}>
              {t('customers.notes.add')}
            </Button>
          </Group>
        </form>
      )}
      {notes.isSuccess && latest.length === 0 && !canWrite && (
        <Text size="sm" c="dimmed">
          {t('customers.notes.none')}
        </Text>
      )}
      {latest.length > 0 && (
        <Stack gap="xs" mt="md" data-testid="notes-list">
          {latest.map((n) => (
            <Paper key={n.id} p="sm" radius="sm" bg="var(--mantine-color-yellow-0)" withBorder>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {n.body}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {[n.authorLabel, formatDateTime(n.createdAt, i18n.language)].filter(Boolean).join(' · ')}
              </Text>
            </Paper>
          ))}
          {(notes.data?.length ?? 0) > latest.length && (
            <Text size="xs" c="dimmed">
              {t('customers.notes.more', { count: (notes.data?.length ?? 0) - latest.length })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
