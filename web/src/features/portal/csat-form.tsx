import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/form-parts';
import { errorMessage } from '../../ui/error-message';
import { publicTicketKey, sendRating, type PublicTicketView } from './portal.api';

/** Stars 1-5 (buttons, so Tab and Enter work) and a comment; after sending, the rating given. */
export function CsatForm({ token, csat }: { token: string; csat: PublicTicketView['csat'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => sendRating(token, rating, comment.trim()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: publicTicketKey(token) }),
    onError: (err) => setFailure(errorMessage(t, err)),
  });

  if (csat.given) {
    return (
      <Paper withBorder p="md" radius="md" data-testid="csat-given">
        <Text fw={600}>{t('portal.csat.thanks')}</Text>
        <Text size="sm">{t('portal.csat.given', { rating: csat.given.rating })}</Text>
      </Paper>
    );
  }
  if (!csat.open) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="csat-title">
      <Stack gap="sm">
        <Title order={3} id="csat-title">
          {t('portal.csat.title')}
        </Title>
        <FormError message={failure} />
        <Group gap={4} role="group" aria-label={t('portal.csat.rating')}>
          {[1, 2, 3, 4, 5].map((n) => (
            <ActionIcon
              key={n}
              variant="subtle"
              color="yellow"
              size="xl"
              aria-label={t('portal.csat.star', { count: n })}
              aria-pressed={rating === n}
              onClick={() => setRating(n)}
            >
              {n <= rating ? <IconStarFilled size={28} /> : <IconStar size={28} />}
            </ActionIcon>
          ))}
        </Group>
        <Textarea label={t('portal.csat.comment')} autosize minRows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
        <Group>
          <Button disabled={rating === 0} loading={send.isPending} onClick={() => send.mutate()}>
            {t('portal.csat.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
