import { useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type * as BadgeContracts from '../../../../src/modules/sla/sla-badges.contracts';
import { api } from '../../api/client';
import { ticketKey, ticketListKey } from './tickets.api';

export type SlaBadge = Static<typeof BadgeContracts.SlaBadge>;
/** The endpoint takes at most 100 ids; longer lists go in several requests. */
const MAX = 100;

/**
 * The nearest SLA due of the tickets shown: one request for the list (refreshed with it) or for
 * the open ticket (refreshed with it), and each minute as clocks run on.
 */
export function useSlaBadges(ids: string[], openTicketId?: string) {
  const key = ids.join(',');
  return useQuery({
    queryKey: openTicketId ? [...ticketKey(openTicketId), 'sla-badge'] : [...ticketListKey, 'sla-badges', key],
    queryFn: async () => {
      const chunks = Array.from({ length: Math.ceil(ids.length / MAX) }, (_, i) => ids.slice(i * MAX, (i + 1) * MAX));
      const answers = await Promise.all(chunks.map((chunk) => api.get<{ items: SlaBadge[] }>('/tickets/sla', { ids: chunk.join(',') })));
      return new Map(answers.flatMap((a) => a.items).map((b) => [b.ticketId, b]));
    },
    enabled: ids.length > 0,
    refetchInterval: 60_000,
  });
}
