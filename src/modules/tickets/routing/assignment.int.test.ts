import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../../../../test/helpers/auth';
import { createTicket } from '../ticket-create.service';
import { ticketsKit, type TicketsKit } from '../tickets.test-kit';
import { routingApi } from './routing.test-kit';
import type { Assigner } from './rules/assigner';

// Routing with capacity and availability: round robin within a team over the API, agents away
// or offline skipped, full agents skipped, skills, presence, re-runs, and concurrent creates.

let k: TicketsKit;
let api: ReturnType<typeof routingApi>;
let team: string;
let agents: SignedIn[];
let n = 0;

const presence = async (userId: string, body: Record<string, unknown>) => {
  const res = await api('PUT', `/agents/${userId}/presence`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const ticketIn = async (teamId: string, body: Record<string, unknown> = {}) => {
  const res = await api('POST', '/tickets', { subject: `Problem ${++n}`, channel: 'web', requesterId: k.customerId, teamId, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
/** A fresh team with `count` agents, all online with the given capacity. */
const newTeam = async (count: number, capacity = 10) => {
  const id = (await api('POST', '/teams', { departmentId: k.deptA, name: `Team ${++n}` })).json().id as string;
  const members: SignedIn[] = [];
  for (let i = 0; i < count; i++) members.push(await signIn(k.t, 'agent', { departmentId: k.deptA, teamId: id }));
  for (const m of members) await presence(m.user.id, { status: 'online', capacity });
  return { id, members: members.sort((a, b) => (a.user.id < b.user.id ? -1 : 1)) };
};
const ids = (list: SignedIn[]) => list.map((a) => a.user.id);

beforeAll(async () => {
  k = await ticketsKit();
  api = routingApi(k);
  ({ id: team, members: agents } = await newTeam(3));
});
afterAll(() => k.t.close());

describe('round robin', () => {
  it('takes turns across three online agents, least recently assigned first', async () => {
    const picks: string[] = [];
    for (let i = 0; i < 6; i++) picks.push((await ticketIn(team)).assigneeId);
    const [a, b, c] = ids(agents);
    expect(picks).toEqual([a, b, c, a, b, c]);
    const ticket = await ticketIn(team);
    expect(ticket.status).toBe('open');
    const note = (await api('GET', `/tickets/${ticket.id}/messages`)).json().items.find((m: any) => m.kind === 'system');
    expect(note.body).toContain('Assigned to');
    expect(note.body).toContain('round_robin');
  });

  it('lists the team with presence and open-ticket counts', async () => {
    const res = await api('GET', `/agents?teamId=${team}`, undefined, k.agentA);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: any) => i.userId).sort()).toEqual(ids(agents));
    expect(items.map((i: any) => i.openTickets).reduce((s: number, x: number) => s + x, 0)).toBe(7);
    expect(items.every((i: any) => i.status === 'online' && i.lastAssignedAt)).toBe(true);
  });

  it('lets the assigner be swapped', async () => {
    const last = agents[2]!.user.id;
    const fixed: Assigner = { name: 'fixed', pick: (candidates) => candidates.find((c) => c.userId === last)?.userId ?? null };
    const ctx = { actor: { type: 'system' as const, id: null, label: 'test' }, scope: { all: true as const }, viewer: { pii: false }, userId: null };
    for (let i = 0; i < 2; i++) {
      const ticket = await createTicket({ ...k.t.deps, assigner: fixed }, ctx, { subject: 'fixed', channel: 'api', requesterId: k.customerId, teamId: team });
      expect(ticket.assigneeId).toBe(last);
    }
  });
});

describe('availability and capacity', () => {
  it('skips away and offline agents', async () => {
    const { id, members } = await newTeam(3);
    await presence(members[0]!.user.id, { status: 'away' });
    await api('PUT', '/agents/me/presence', { status: 'offline' }, members[1]);
    for (let i = 0; i < 3; i++) expect((await ticketIn(id)).assigneeId).toBe(members[2]!.user.id);
  });

  it('leaves the ticket unassigned when everyone is full, saying why', async () => {
    const { id, members } = await newTeam(2, 1);
    const first = [(await ticketIn(id)).assigneeId, (await ticketIn(id)).assigneeId];
    expect(first.sort()).toEqual(ids(members));
    const left = await ticketIn(id);
    expect(left).toMatchObject({ assigneeId: null, status: 'new', teamId: id });
    const note = (await api('GET', `/tickets/${left.id}/messages`)).json().items.find((m: any) => m.kind === 'system');
    expect(note.body).toContain('at capacity');
    expect(note.body).toContain('已满额');
  });

  it('frees capacity when a ticket is solved', async () => {
    const { id, members } = await newTeam(1, 1);
    const held = await ticketIn(id);
    expect(held.assigneeId).toBe(members[0]!.user.id);
    expect((await ticketIn(id)).assigneeId).toBeNull();
    await api('PATCH', `/tickets/${held.id}`, { status: 'resolved' });
    expect((await ticketIn(id)).assigneeId).toBe(members[0]!.user.id);
  });

  it('does not auto-assign when the caller names the assignee, or says none', async () => {
    const { id, members } = await newTeam(2);
    expect((await ticketIn(id, { assigneeId: members[1]!.user.id })).assigneeId).toBe(members[1]!.user.id);
    expect((await ticketIn(id, { assigneeId: null })).assigneeId).toBeNull();
  });
});

describe('skills', () => {
  it('gives a ticket only to agents speaking its language and handling its category', async () => {
    const { id, members } = await newTeam(3);
    const [en, zh, any] = members;
    await presence(en!.user.id, { languages: ['en'] });
    await presence(zh!.user.id, { languages: ['zh-CN'] });
    const category = (await api('POST', '/ticket-categories', { code: `skill_${n}`, nameZh: '外挂', nameEn: 'Cheats' })).json().id;
    await presence(any!.user.id, { categoryIds: [category] });
    const english = await k.customer('Sam');
    await api('PATCH', `/customers/${english}`, { preferredLocale: 'en' });

    const forEnglish = new Set<string>();
    for (let i = 0; i < 4; i++) forEnglish.add((await ticketIn(id, { requesterId: english })).assigneeId);
    expect([...forEnglish].sort()).toEqual([en!.user.id, any!.user.id].sort());
    // A Chinese ticket in another category: neither the English speaker nor the cheats specialist.
    for (let i = 0; i < 2; i++) expect((await ticketIn(id, { custom: { language: 'zh' }, categoryId: '01930000-0000-7000-8000-0000000000c1' })).assigneeId).toBe(zh!.user.id);
  });

  it('checks the agent and categories named in a presence change', async () => {
    expect((await api('PUT', '/agents/01930000-0000-7000-8000-00000000dead/presence', { capacity: 3 })).json()).toMatchObject({ status: 404, code: 'agent_not_found' });
    expect((await api('PUT', `/agents/${agents[0]!.user.id}/presence`, { categoryIds: ['01930000-0000-7000-8000-00000000dead'] })).json().code).toBe('invalid_routing_category');
    expect((await api('PUT', `/agents/${agents[0]!.user.id}/presence`, { capacity: -1 })).json().code).toBe('validation_failed');
    expect((await api('PUT', `/agents/${agents[0]!.user.id}/presence`, { capacity: 3 }, agents[1])).statusCode).toBe(403);
  });
});

describe('presence and re-runs', () => {
  it('lets an agent read and set their own presence', async () => {
    const me = agents[0]!;
    expect((await api('PUT', '/agents/me/presence', { status: 'away' }, me)).json()).toMatchObject({ userId: me.user.id, status: 'away', backlogAssigned: 0 });
    expect((await api('GET', '/agents/me/presence', undefined, me)).json().status).toBe('away');
    expect((await api('PUT', '/agents/me/presence', { status: 'busy' }, me)).json().code).toBe('validation_failed');
    await api('PUT', '/agents/me/presence', { status: 'online' }, me);
  });

  it('hands the team backlog to an agent coming online, up to capacity', async () => {
    const { id, members } = await newTeam(1, 2);
    const me = members[0]!;
    await api('PUT', '/agents/me/presence', { status: 'offline' }, me);
    const waiting = [];
    for (let i = 0; i < 3; i++) {
      k.clock.advance(1000); // oldest first
      waiting.push(await ticketIn(id));
    }
    expect(waiting.every((t) => t.assigneeId === null)).toBe(true);
    const res = await api('PUT', '/agents/me/presence', { status: 'online' }, me);
    expect(res.json()).toMatchObject({ status: 'online', backlogAssigned: 2, openTickets: 2 });
    const after = await Promise.all(waiting.map(async (t) => (await api('GET', `/tickets/${t.id}`)).json()));
    expect(after.map((t) => t.assigneeId)).toEqual([me.user.id, me.user.id, null]);
    expect(after[0].status).toBe('open');
  });

  it('re-runs the assigner for a ticket, moving it to another agent', async () => {
    const { id, members } = await newTeam(2);
    const ticket = await ticketIn(id);
    const res = await api('POST', `/tickets/${ticket.id}/auto-assign`);
    expect(res.statusCode, res.body).toBe(200);
    const other = ids(members).find((x) => x !== ticket.assigneeId);
    expect(res.json()).toMatchObject({ assigned: true, assigneeId: other, reason: null, ticket: { assigneeId: other } });
    const changes = (await api('GET', `/tickets/${ticket.id}/changes`)).json().items;
    expect(changes.some((c: any) => c.field === 'assigneeId' && c.from === ticket.assigneeId && c.to === other)).toBe(true);

    await presence(ticket.assigneeId, { status: 'offline' });
    const none = await api('POST', `/tickets/${ticket.id}/auto-assign`);
    expect(none.json()).toMatchObject({ assigned: false, assigneeId: other, reason: 'none_online' });
  });

  it('refuses to auto-assign a ticket without a team', async () => {
    const ticket = await k.ticket();
    expect((await api('POST', `/tickets/${ticket.id}/auto-assign`)).json()).toMatchObject({ status: 409, code: 'ticket_not_routable' });
  });
});

describe('concurrent creates', () => {
  it('never exceed any agent’s capacity', async () => {
    const { id, members } = await newTeam(3, 4);
    const created = await Promise.all(Array.from({ length: 20 }, () => ticketIn(id)));
    const counts = new Map<string, number>();
    for (const t of created) if (t.assigneeId) counts.set(t.assigneeId, (counts.get(t.assigneeId) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(ids(members));
    expect([...counts.values()]).toEqual([4, 4, 4]);
    expect(created.filter((t) => t.assigneeId === null)).toHaveLength(8);
    const listed = (await api('GET', `/agents?teamId=${id}`)).json().items;
    expect(listed.map((a: any) => a.openTickets)).toEqual([4, 4, 4]);
  });
});
