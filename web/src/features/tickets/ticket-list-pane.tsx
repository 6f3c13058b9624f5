import { Checkbox, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMore } from '../../ui/load-more';
import { TableSkeleton } from '../../ui/table-skeleton';
import { BulkBar } from './bulk-bar';
import { SlaBadge } from './sla-badge';
import { useSlaBadges, type SlaBadge as Badged } from './sla-badges.api';
import { PriorityBadge, relativeTime, StatusBadge } from './ticket-format';
import type { useTicketList } from './tickets.api';
import type { TicketSummary } from './tickets.types';

interface Props {
  list: ReturnType<typeof useTicketList>;
  items: TicketSummary[];
  selectedId: string | undefined;
  checked: Set<string>;
  onCheck: (ids: Set<string>) => void;
  onOpen: (id: string) => void;
}

function Row({ ticket, sla, active, checked, onCheck, onOpen }: { ticket: TicketSummary; sla: Badged | undefined; active: boolean; checked: boolean; onCheck: (on: boolean) => void; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      p="xs"
      data-ticket={ticket.number}
      aria-current={active ? 'true' : undefined}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: active ? 'var(--mantine-color-indigo-light)' : undefined,
        borderLeft: `3px solid ${active ? 'var(--mantine-color-indigo-6)' : 'transparent'}`,
      }}
    >
      <Checkbox mt={4} size="xs" checked={checked} onChange={(e) => onCheck(e.currentTarget.checked)} aria-label={t('tickets.list.select', { number: ticket.number })} />
      <UnstyledButton onClick={onOpen} style={{ flex: 1, minWidth: 0 }}>
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed" ff="monospace">
              #{ticket.number}
            </Text>
            <SlaBadge badge={sla} compact />
          </Group>
          <Text size="xs" c="dimmed" title={ticket.updatedAt}>
            {relativeTime(ticket.updatedAt, i18n.language)}
          </Text>
        </Group>
        <Text size="sm" fw={ticket.status === 'new' ? 700 : 500} lineClamp={1}>
          {ticket.subject}
        </Text>
        <Group gap={6} mt={2} wrap="nowrap">
          <Text size="xs" c="dimmed" lineClamp={1} style={{ flex: 1 }} data-testid="row-requester">
            {ticket.requester ? `${ticket.requester.displayName}${ticket.requester.phone ? ` · ${ticket.requester.phone}` : ''}` : t('tickets.list.unknownRequester')}
          </Text>
          <PriorityBadge priority={ticket.priority} />
          <StatusBadge status={ticket.status} />
        </Group>
      </UnstyledButton>
    </Group>
  );
}

/** The middle pane: the view's tickets, newest change first, with multi-select and bulk actions. */
export function TicketListPane({ list, items, selectedId, checked, onCheck, onOpen }: Props) {
  const { t } = useTranslation();
  const sla = useSlaBadges(items.map((i) => i.id));
  const allChecked = items.length > 0 && items.every((i) => checked.has(i.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(id);
    else next.delete(id);
    onCheck(next);
  };

  return (
    <Stack gap="xs" h="100%" style={{ minHeight: 0 }} aria-label={t('tickets.list.label')} role="region">
      <BulkBar ids={[...checked]} onDone={() => onCheck(new Set())} />
      {items.length > 0 && (
        <Checkbox
          size="xs"
          px="xs"
          label={t('tickets.list.selectAll')}
          checked={allChecked}
          indeterminate={!allChecked && checked.size > 0}
          onChange={(e) => onCheck(e.currentTarget.checked ? new Set(items.map((i) => i.id)) : new Set())}
        />
      )}
      <ScrollArea style={{ flex: 1 }} offsetScrollbars>
        {list.isPending && <TableSkeleton rows={6} />}
        {list.isError && <ErrorAlert error={list.error} />}
        {list.isSuccess && items.length === 0 && <EmptyState icon={<IconInbox />} title={t('tickets.list.empty')} description={t('tickets.list.emptyHint')} />}
        <Stack gap={2}>
          {items.map((ticket) => (
            <Row
              key={ticket.id}
              ticket={ticket}
              sla={sla.data?.get(ticket.id)}
              active={ticket.id === selectedId}
              checked={checked.has(ticket.id)}
              onCheck={(on) => toggle(ticket.id, on)}
              onOpen={() => onOpen(ticket.id)}
            />
          ))}
        </Stack>
        <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
      </ScrollArea>
    </Stack>
  );
}
