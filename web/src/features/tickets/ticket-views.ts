import { unsolvedStatuses, type TicketStatus, type TicketViews } from './tickets.types';

/** A console view: the list filter it stands for and where its count comes from. */
export interface ConsoleView {
  /** `mine`, `unassigned`, `open`, `pending`, `resolved`, or `dept:<id|none>`. */
  id: string;
  filter: { status: TicketStatus[]; assigneeId?: 'me' | 'none'; departmentId?: string };
}

const fixed: Record<string, ConsoleView['filter']> = {
  mine: { status: unsolvedStatuses, assigneeId: 'me' },
  unassigned: { status: unsolvedStatuses, assigneeId: 'none' },
  open: { status: unsolvedStatuses },
  pending: { status: ['pending_customer'] },
  resolved: { status: ['resolved'] },
};

export const fixedViewIds = Object.keys(fixed);

/** The view of an id (unknown ids fall back to `open`). */
export function viewById(id: string): ConsoleView {
  if (id.startsWith('dept:')) return { id, filter: { status: unsolvedStatuses, departmentId: id.slice(5) } };
  return { id: fixed[id] ? id : 'open', filter: fixed[id] ?? fixed.open! };
}

/** The count a view shows, from GET /tickets/views. */
export function viewCount(id: string, views: TicketViews | undefined): number | undefined {
  if (!views) return undefined;
  if (id.startsWith('dept:')) {
    const dept = id.slice(5);
    return views.byDepartment.find((d) => (d.departmentId ?? 'none') === dept)?.unsolved ?? 0;
  }
  switch (id) {
    case 'mine':
      return views.mineOpen;
    case 'unassigned':
      return views.unassigned;
    case 'pending':
      return views.byStatus.pending_customer;
    case 'resolved':
      return views.byStatus.resolved;
    default:
      return unsolvedStatuses.reduce((n, s) => n + views.byStatus[s], 0);
  }
}

/** The list's query string for a view: `status` repeats, as the API takes it. */
export function viewQuery(view: ConsoleView, page: { limit: number; cursor?: string }): string {
  const params = new URLSearchParams();
  for (const s of view.filter.status) params.append('status', s);
  if (view.filter.assigneeId) params.set('assigneeId', view.filter.assigneeId);
  if (view.filter.departmentId) params.set('departmentId', view.filter.departmentId);
  params.set('limit', String(page.limit));
  if (page.cursor) params.set('cursor', page.cursor);
  return params.toString();
}
