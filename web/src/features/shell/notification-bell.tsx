import { ActionIcon, Badge, Group, Indicator, Loader, Menu, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBell, IconChecks, IconClockExclamation, IconMessageReport } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type * as SlaContracts from '../../../../src/modules/sla/sla.contracts';
import { api } from '../../api/client';
import { notifyError } from '../../ui/notify';
import { relativeTime } from '../tickets/ticket-format';

type Notification = Static<typeof SlaContracts.Notification>;
type NotificationPage = { items: Notification[]; nextCursor: string | null; unread: number };

const notificationsKey = ['notifications'] as const;
/** How often the bell asks for news: notifications are not on the live channel. */
const POLL_MS = 30_000;

const kinds = { 'sla.warning': 'slaWarning', 'sla.breach': 'slaBreach', 'sla.escalation': 'slaEscalation', 'complaint.major': 'majorComplaint' } as const;
const kindColor = { slaWarning: 'yellow', slaBreach: 'red', slaEscalation: 'red', majorComplaint: 'grape', other: 'gray' } as const;
const kindOf = (kind: string) => kinds[kind as keyof typeof kinds] ?? 'other';

function KindIcon({ kind }: { kind: ReturnType<typeof kindOf> }) {
  const color = `var(--mantine-color-${kindColor[kind]}-6)`;
  if (kind === 'majorComplaint') return <IconMessageReport size={18} color={color} aria-hidden />;
  if (kind === 'slaWarning') return <IconClockExclamation size={18} color={color} aria-hidden />;
  return <IconAlertTriangle size={18} color={color} aria-hidden />;
}

/** The header's bell: unread count, the latest notifications; opening one marks it read and opens its ticket; "Mark all read" clears the count. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const list = useQuery({
    queryKey: notificationsKey,
    queryFn: () => api.get<NotificationPage>('/notifications', { limit: 20 }),
    refetchInterval: POLL_MS,
    staleTime: 5_000,
  });
  const read = useMutation({
    mutationFn: (id: string) => api.post<Notification>(`/notifications/${encodeURIComponent(id)}/read`),
    onSettled: () => void client.invalidateQueries({ queryKey: notificationsKey }),
    onError: (err) => notifyError(t, err),
  });
  const readAll = useMutation({
    mutationFn: () => api.post<{ read: number }>('/notifications/read-all'),
    onSuccess: () => {
      // Shown read at once; the refetch below brings the server's read times.
      const now = new Date().toISOString();
      client.setQueryData<NotificationPage>(notificationsKey, (page) => page && { ...page, unread: 0, items: page.items.map((n) => (n.readAt ? n : { ...n, readAt: now })) });
    },
    onSettled: () => void client.invalidateQueries({ queryKey: notificationsKey }),
    onError: (err) => notifyError(t, err),
  });
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (n: Notification) => {
    if (!n.readAt) read.mutate(n.id);
    if (n.ticketId) void navigate(`/tickets/${n.ticketId}`);
  };

  return (
    <Menu position="bottom-end" width={380} withinPortal onOpen={() => void list.refetch()}>
      <Menu.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={16} color="red" disabled={unread === 0} offset={4} data-testid="notification-count">
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('casework.notifications.button', { count: unread })}>
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown data-testid="notifications">
        <Menu.Label>{unread > 0 ? t('casework.notifications.unread', { count: unread }) : t('casework.notifications.title')}</Menu.Label>
        {unread > 0 && (
          <>
            <Menu.Item
              closeMenuOnClick={false}
              onClick={() => readAll.mutate()}
              disabled={readAll.isPending}
              leftSection={readAll.isPending ? <Loader size={16} /> : <IconChecks size={18} color="var(--mantine-color-blue-6)" aria-hidden />}
              data-testid="notifications-read-all"
            >
              <Text size="sm" c="blue">
                {t('casework.notifications.markAllRead')}
              </Text>
            </Menu.Item>
            <Menu.Divider />
          </>
        )}
        {list.isPending && (
          <Group justify="center" p="sm">
            <Loader size="sm" />
          </Group>
        )}
        {list.isError && (
          <Text size="sm" c="red" p="sm">
            {t('casework.notifications.failed')}
          </Text>
        )}
        {list.isSuccess && items.length === 0 && (
          <Stack gap={2} p="sm" align="center">
            <IconBell size={24} color="var(--mantine-color-gray-5)" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('casework.notifications.empty')}
            </Text>
          </Stack>
        )}
        {items.map((n) => {
          const kind = kindOf(n.kind);
          return (
            <Menu.Item key={n.id} onClick={() => open(n)} leftSection={<KindIcon kind={kind} />} data-notification={n.kind} data-unread={n.readAt ? 'false' : 'true'}>
              <Group gap={6} justify="space-between" wrap="nowrap">
                <Text size="sm" fw={n.readAt ? 400 : 700} lineClamp={1}>
                  {n.title}
                </Text>
                {!n.readAt && (
                  <Badge size="xs" color="red" variant="light">
                    {t('casework.notifications.new')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {n.body}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`casework.notifications.kind.${kind}`)} · {relativeTime(n.createdAt, i18n.language)}
              </Text>
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
