import { Button, Group, Menu, Paper, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCurrentUser } from '../auth/auth.api';
import { bulkUpdate, useRefreshTickets } from './tickets.api';
import { ticketPriorities, ticketStatuses, type PatchTicketRequest } from './tickets.types';

/** Actions on the checked tickets: assign to me, set status, set priority (POST /tickets/bulk). */
export function BulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const refresh = useRefreshTickets();
  const run = useMutation({
    mutationFn: (changes: PatchTicketRequest) => bulkUpdate(ids, changes),
    onSuccess: (answer) => {
      const ok = answer.results.filter((r) => r.ok).length;
      const failed = answer.results.length - ok;
      notifySuccess(failed ? t('tickets.bulk.partly', { ok, failed }) : t('tickets.bulk.done', { ok }));
      for (const r of answer.results) refresh(r.id);
      onDone();
    },
    onError: (err) => notifyError(t, err),
  });
  if (ids.length === 0) return null;
  return (
    <Paper withBorder p="xs" radius="md" bg="var(--mantine-color-indigo-0)" data-testid="bulk-bar">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('tickets.bulk.selected', { count: ids.length })}
        </Text>
        <Group gap={6} wrap="wrap">
          <Button size="xs" variant="light" loading={run.isPending} onClick={() => run.mutate({ assigneeId: me.id })}>
            {t('tickets.bulk.assignToMe')}
          </Button>
          <Menu>
            <Menu.Target>
              <Button size="xs" variant="light">
                {t('tickets.bulk.setStatus')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {ticketStatuses
                .filter((s) => s !== 'new')
                .map((s) => (
                  <Menu.Item key={s} onClick={() => run.mutate({ status: s })}>
                    {t(`tickets.status.${s}`)}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
          <Menu>
            <Menu.Target>
              <Button size="xs" variant="light">
                {t('tickets.bulk.setPriority')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {ticketPriorities.map((p) => (
                <Menu.Item key={p} onClick={() => run.mutate({ priority: p })}>
                  {t(`tickets.priority.${p}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button size="xs" variant="subtle" color="gray" onClick={onDone}>
            {t('tickets.bulk.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
