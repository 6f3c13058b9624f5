import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketsKit, type TicketsKit } from '../tickets/tickets.test-kit';

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit();
});
afterAll(() => k.t.close());

const csv = (rows: string[]) => k.t.app.inject({ method: 'POST', url: '/api/v1/calls/import', headers: { ...k.admin.headers, 'content-type': 'text/csv' }, payload: rows.join('\n') });

describe('phone call records', () => {
  it('records calls by API, finds the caller by phone, stores a re-sent call once', async () => {
    const ticket = await k.ticket();
    const caller = await k.customer('来电玩家', '13812340999');
    const body = {
      calls: [
        { externalId: 'cc-1', direction: 'inbound', phone: '+86 138 1234 0999', startedAt: '2026-06-01T09:00:00Z', waitSeconds: 20, talkSeconds: 240, answered: true, agentEmail: k.agentA.user.email.toUpperCase(), ticketNumber: ticket.number },
        { externalId: 'cc-2', direction: 'inbound', phone: '13900000000', startedAt: '2026-06-01T09:05:00Z', waitSeconds: 95, answered: false },
        { externalId: 'cc-3', direction: 'sideways', phone: '13900000000', startedAt: '2026-06-01T09:06:00Z', answered: true },
      ],
    };
    const res = await k.api('POST', '/calls', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 2, duplicates: 0, rejected: [{ line: 2, field: 'direction', reason: 'must be inbound or outbound' }] });
    expect((await k.api('POST', '/calls', body)).json()).toMatchObject({ created: 0, duplicates: 2 });
    const mine = (await k.api('GET', `/calls?customerId=${caller}`)).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ phone: '+8613812340999', agentId: k.agentA.user.id, ticketId: ticket.id, answered: true, waitSeconds: 20 });
  });

  it('imports a CSV and reports each bad line', async () => {
    const res = await csv([
      'external_id,direction,phone,started_at,wait_seconds,talk_seconds,answered,agent_email',
      'cc-10,inbound,13800000010,2026-06-01T10:00:00Z,10,100,yes,',
      'cc-11,inbound,13800000011,2026-06-01T10:01:00Z,30,200,是,',
      'cc-12,inbound,not-a-phone,2026-06-01T10:02:00Z,30,200,yes,',
      'cc-13,outbound,13800000013,2026-06-01T10:03:00Z,0,60,yes,',
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 3, duplicates: 0, rejected: [{ line: 4, field: 'phone', reason: 'is not a valid phone number' }] });
  });

  it('reports the answer rate and waits against the 90 % / 60 s targets', async () => {
    const res = await k.api('GET', '/calls/report?from=2026-06-01T00:00:00Z&to=2026-06-02T00:00:00Z', undefined, k.supervisor);
    expect(res.statusCode, res.body).toBe(200);
    // Inbound: cc-1 (20 s), cc-2 abandoned, cc-10 (10 s), cc-11 (30 s) → 3 of 4 answered, mean wait 20 s.
    expect(res.json()).toMatchObject({ inbound: 4, outbound: 1, answered: 3, abandoned: 1, answerRate: 0.75, averageWaitSeconds: 20, answeredWithinTarget: 1, meetsAnswerRate: false, meetsWait: true, targets: { answerRate: 0.9, waitSeconds: 60 } });
    expect((await k.api('GET', '/calls/report', undefined, k.agentA)).statusCode).toBe(403);
  });
});
