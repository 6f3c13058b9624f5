import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { slaKit, type SlaKit } from './sla.test-kit';

let k: SlaKit;
beforeAll(async () => {
  k = await slaKit();
});
afterAll(async () => {
  await k?.t.close();
});

const badges = async (ids: string[], who: SlaKit['admin'] = k.admin) => k.api('GET', `/tickets/sla?ids=${ids.join(',')}`, undefined, who);

describe('GET /tickets/sla (list badges)', () => {
  it('answers the nearest due per ticket, running, then warning, then breached as time passes', async () => {
    const ticket = await k.ticket({ channel: 'email' });
    await k.slaRow(ticket.id);
    const first = await badges([ticket.id]);
    expect(first.statusCode, first.body).toBe(200);
    // email / normal on office hours: first response due Wed 15:00 Shanghai, before resolution.
    expect(first.json().items).toEqual([{ ticketId: ticket.id, metric: 'firstResponse', dueAt: '2026-06-03T07:00:00.000Z', state: 'running' }]);

    await k.at('2026-06-03T03:00:00Z'); // past the 80 % warning (02:12)
    expect((await badges([ticket.id])).json().items[0].state).toBe('warning');
    await k.at('2026-06-03T08:00:00Z'); // past the due
    expect((await badges([ticket.id])).json().items[0]).toMatchObject({ metric: 'firstResponse', state: 'breached' });
  });

  it('leaves out tickets of another department and unknown ids, and keeps the order asked', async () => {
    const inA = await k.ticket({ channel: 'email' });
    const inB = await k.ticket({ channel: 'email', departmentId: k.deptB });
    const resolved = await k.ticket({ channel: 'email' });
    await k.slaRow(inA.id);
    await k.slaRow(inB.id);
    expect((await k.api('PATCH', `/tickets/${resolved.id}`, { status: 'resolved' })).statusCode).toBe(200);
    await k.slaRow(resolved.id, (r) => r.stoppedAt !== null);
    const missing = '0190f000-0000-7000-8000-000000000000';

    const asAgentA = (await badges([resolved.id, inB.id, missing, inA.id], k.agentA)).json().items;
    expect(asAgentA.map((b: { ticketId: string }) => b.ticketId)).toEqual([resolved.id, inA.id]);
    expect(asAgentA[0]).toEqual({ ticketId: resolved.id, metric: null, dueAt: null, state: 'none' });
    expect(asAgentA[1].state).toBe('running');

    const asAgentB = (await badges([inA.id, inB.id], k.agentB)).json().items;
    expect(asAgentB.map((b: { ticketId: string }) => b.ticketId)).toEqual([inB.id]);
    expect((await badges([inA.id, inB.id], k.supervisor)).json().items).toHaveLength(2);
  });

  it('answers 400 for bad or too many ids and 403 without tickets:read', async () => {
    expect((await badges(['nope'])).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await k.api('GET', '/tickets/sla')).json().code).toBe('validation_failed');
    const many = Array.from({ length: 101 }, (_, i) => `0190f000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    expect((await badges(many)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    const analyst = await signIn(k.t, 'analyst');
    expect((await badges([many[0]!], analyst)).json()).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
