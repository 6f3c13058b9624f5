import { ActionIcon, Badge, Box, Button, Paper, Tooltip } from '@mantine/core';
import { IconKeyboard, IconMessage2Cog, IconPlus } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/page-header';
import { usePermissions } from '../auth/auth.api';
import { MacrosModal } from './macros-modal';
import { NewTicketModal } from './new-ticket-modal';
import { PresenceSelect } from './presence-select';
import { ShortcutsModal } from './shortcuts-modal';
import type { ComposerHandle } from './ticket-composer';
import { TicketDetail } from './ticket-detail';
import { TicketListPane } from './ticket-list-pane';
import { viewById } from './ticket-views';
import { useTicketList } from './tickets.api';
import { useConsoleKeys } from './use-console-keys';
import { useLiveTickets } from './use-live-tickets';
import { ViewsPane } from './views-pane';

const pane = { minHeight: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' } as const;

/** The agent console at /tickets and /tickets/:id: views, the view's list, the open ticket with the customer sidebar. */
export function TicketsPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const navigate = useNavigate();
  const { id: selectedId } = useParams();
  const [params] = useSearchParams();
  const view = useMemo(() => viewById(params.get('view') ?? 'open'), [params]);
  const list = useTicketList(view);
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const [help, setHelp] = useState(false);
  const [macros, setMacros] = useState(false);
  const composer = useRef<ComposerHandle>(null);
  const live = useLiveTickets();

  const open = (id: string, viewId = view.id) => navigate(`/tickets/${id}?view=${encodeURIComponent(viewId)}`);
  const selectView = (id: string) => {
    setChecked(new Set());
    navigate(`/tickets${selectedId ? `/${selectedId}` : ''}?view=${encodeURIComponent(id)}`);
  };
  const move = (step: 1 | -1) => {
    if (items.length === 0) return;
    const at = items.findIndex((i) => i.id === selectedId);
    const next = at < 0 ? (step === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + step));
    open(items[next]!.id);
  };
  useConsoleKeys({
    next: () => move(1),
    previous: () => move(-1),
    reply: () => composer.current?.focus('public_reply'),
    note: () => composer.current?.focus('internal_note'),
    help: () => setHelp(true),
  });

  return (
    <Box style={{ display: 'flex', flexDirection: 'column', height: 'calc(100dvh - 56px - 2 * var(--mantine-spacing-lg))' }}>
      <PageHeader
        title={t('tickets.title')}
        actions={
          <>
            <Badge color={live ? 'teal' : 'gray'} variant="dot" data-testid="live-status">
              {live ? t('tickets.live') : t('tickets.offline')}
            </Badge>
            {can('tickets:write') && <PresenceSelect />}
            {can('tickets:write') && (
              <Tooltip label={t('tickets.macros.manage')}>
                <ActionIcon variant="default" size="lg" aria-label={t('tickets.macros.manage')} onClick={() => setMacros(true)}>
                  <IconMessage2Cog size={18} />
                </ActionIcon>
              </Tooltip>
            )}
            <Tooltip label={t('tickets.shortcutsButton')}>
              <ActionIcon variant="default" size="lg" aria-label={t('tickets.shortcutsButton')} onClick={() => setHelp(true)}>
                <IconKeyboard size={18} />
              </ActionIcon>
            </Tooltip>
            {can('tickets:write') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                {t('tickets.newTicket')}
              </Button>
            )}
          </>
        }
      />
      <Box style={{ display: 'grid', gridTemplateColumns: '200px minmax(280px, 360px) minmax(0, 1fr)', gap: 'var(--mantine-spacing-md)', flex: 1, minHeight: 0 }}>
        <Paper withBorder p="xs" radius="md" style={pane}>
          <ViewsPane active={view.id} onSelect={selectView} />
        </Paper>
        <Paper withBorder p="xs" radius="md" style={pane}>
          <TicketListPane list={list} items={items} selectedId={selectedId} checked={checked} onCheck={setChecked} onOpen={(id) => open(id)} />
        </Paper>
        <Paper withBorder p="md" radius="md" style={pane}>
          <TicketDetail ticketId={selectedId} composer={composer} onOpenTicket={(id) => open(id)} />
        </Paper>
      </Box>
      <NewTicketModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(ticket) => {
          setCreating(false);
          open(ticket.id);
        }}
      />
      <ShortcutsModal opened={help} onClose={() => setHelp(false)} />
      <MacrosModal opened={macros} onClose={() => setMacros(false)} />
    </Box>
  );
}
