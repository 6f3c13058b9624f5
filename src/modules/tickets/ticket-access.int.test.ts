import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, signIn } from '../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

// RBAC: agents see their department's tickets (and those assigned to them); a ticket outside
// the caller's scope answers 404 like a missing one; the requester is always masked.

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit();
});
afterAll(async () => k.t.close());

describe('who sees which ticket', () => {
  let inA: any;
  let inB: any;
  beforeAll(async () => {
    inA = await k.ticket({ subject: 'A ticket' });
    inB = await k.ticket({ subject: 'B ticket', departmentId: k.deptB });
  });

  it('lets an agent read and change its own department’s ticket', async () => {
    expect((await k.api('GET', `/tickets/${inA.id}`, undefined, k.agentA)).statusCode).toBe(200);
    expect((await k.api('PATCH', `/tickets/${inA.id}`, { priority: 'high' }, k.agentA)).statusCode).toBe(200);
  });

  it('answers 404 (as if missing) to an agent of another department, for reads and writes alike', async () => {
    for (const [method, url, body] of [
      ['GET', `/tickets/${inB.id}`, undefined],
      ['PATCH', `/tickets/${inB.id}`, { priority: 'high' }],
      ['GET', `/tickets/${inB.id}/messages`, undefined],
      ['POST', `/tickets/${inB.id}/messages`, { kind: 'internal_note', body: 'peek' }],
      ['GET', `/tickets/${inB.id}/changes`, undefined],
      ['POST', `/tickets/${inB.id}/merge`, { intoId: inA.id }],
    ] as const) {
      const res = await k.api(method, url, body, k.agentA);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().code).toBe('ticket_not_found');
    }
    expect((await k.api('GET', `/tickets/${inB.id}`)).json().priority).toBe('normal');
  });

  it('lets an agent see another department’s ticket once it is assigned to it', async () => {
    await k.api('PATCH', `/tickets/${inB.id}`, { assigneeId: k.agentA.user.id });
    expect((await k.api('GET', `/tickets/${inB.id}`, undefined, k.agentA)).statusCode).toBe(200);
    await k.api('PATCH', `/tickets/${inB.id}`, { assigneeId: null });
    expect((await k.api('GET', `/tickets/${inB.id}`, undefined, k.agentA)).statusCode).toBe(404);
  });

  it('lets a team member see its team’s department', async () => {
    const member = await signIn(k.t, 'agent', { teamId: k.teamA });
    expect((await k.api('GET', `/tickets/${inA.id}`, undefined, member)).statusCode).toBe(200);
    expect((await k.api('GET', `/tickets/${inB.id}`, undefined, member)).statusCode).toBe(404);
  });

  it('lets a supervisor (tickets:read_all) see every department, and unrouted tickets', async () => {
    const unrouted = await k.ticket({ departmentId: null });
    for (const id of [inA.id, inB.id, unrouted.id]) expect((await k.api('GET', `/tickets/${id}`, undefined, k.supervisor)).statusCode).toBe(200);
    expect((await k.api('GET', `/tickets/${unrouted.id}`, undefined, k.agentA)).statusCode).toBe(404);
  });

  it('keeps roles without ticket permissions out (403)', async () => {
    const staff = await signIn(k.t, 'store_staff');
    expect((await k.api('GET', `/tickets/${inA.id}`, undefined, staff)).json()).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('lets an API key read only with tickets:read_all', async () => {
    const reader = await createApiKey(k.t, ['tickets:read']);
    const all = await createApiKey(k.t, ['tickets:read', 'tickets:read_all']);
    expect((await k.api('GET', `/tickets/${inA.id}`, undefined, reader.headers)).statusCode).toBe(404);
    expect((await k.api('GET', `/tickets/${inA.id}`, undefined, all.headers)).statusCode).toBe(200);
  });

  it('masks the requester for an agent without customers:pii', async () => {
    const res = await k.api('GET', `/tickets/${inA.id}`, undefined, k.agentA);
    expect(res.json().requester).toMatchObject({ realName: '张*', masked: true });
    expect(res.body).not.toContain('张伟');
    expect(res.body).not.toMatch(/1381234\d{4}/);
  });
});
