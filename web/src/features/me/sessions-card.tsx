import { Badge, Button, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { fetchSessions, revokeSession, sessionsKey } from '../auth/auth.api';

/** A short browser description from a user-agent string, e.g. "Chrome · Windows". */
function describeAgent(ua: string): string {
  if (!ua) return '—';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : null;
  const os = /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Linux/.test(ua) ? 'Linux' : null;
  return [browser, os].filter(Boolean).join(' · ') || ua.slice(0, 60);
}

export function SessionsCard() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: fetchSessions });
  const revoke = useMutation({
    mutationFn: revokeSession,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: sessionsKey });
      notifySuccess(t('me.sessionRevoked'));
    },
    onError: (err) => notifyError(t, err),
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb={4}>
        {t('me.sessions')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('me.sessionsHint')}
      </Text>
      {sessions.isPending ? (
        <Stack gap="xs">
          <Skeleton height={28} />
          <Skeleton height={28} />
        </Stack>
      ) : sessions.error ? (
        <ErrorAlert error={sessions.error} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('me.device')}</Table.Th>
                <Table.Th>{t('me.ip')}</Table.Th>
                <Table.Th>{t('me.signedIn')}</Table.Th>
                <Table.Th>{t('me.lastSeen')}</Table.Th>
                <Table.Th aria-label={t('common.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text size="sm" title={s.userAgent}>
                      {describeAgent(s.userAgent)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {s.ip || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(s.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>{formatDateTime(s.lastSeenAt, i18n.language)}</Table.Td>
                  <Table.Td ta="right">
                    {s.current ? (
                      <Badge variant="light" color="teal">
                        {t('me.thisSession')}
                      </Badge>
                    ) : (
                      <Button size="xs" variant="subtle" color="red" loading={revoke.isPending && revoke.variables === s.id} onClick={() => revoke.mutate(s.id)}>
                        {t('me.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
