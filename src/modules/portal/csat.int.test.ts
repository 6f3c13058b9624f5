import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../../../test/helpers/auth';
import { inviteRating } from './csat.service';
import { eventually, portalKit, type PortalKit } from './portal.test-kit';

let k: PortalKit;
let agent: SignedIn;
beforeAll(async () => {
  k = await portalKit();
  agent = await signIn(k.t, 'supervisor', { name: 'Wang Fang' });
});
afterAll(async () => k.t.close());

async function resolvedTicket() {
  const res = await k.pub('POST', '/public/tickets', { email: 'rate@example.com', subject: 'Lag', description: 'Lag in the evening', category: 'technical' });
  const { number, token } = res.json();
  const id = (await k.staff('GET', `/tickets?number=${number}`)).json().items[0].id as string;
  await k.staff('PATCH', `/tickets/${id}`, { assigneeId: agent.user.id }, agent);
  const before = await k.pub('POST', `/public/tickets/${token}/csat`, { rating: 5 });
  k.clock.advance(1000);
  await k.staff('POST', `/tickets/${id}/messages`, { kind: 'public_reply', body: 'Fixed on our side', status: 'resolved' }, agent);
  return { id, token, before };
}

describe('CSAT', () => {
  it('refuses a rating before the ticket is resolved', async () => {
    const { before } = await resolvedTicket();
    expect(before.statusCode).toBe(409);
    expect(before.json().code).toBe('csat_not_open');
  });

  it('invites a rating on the ticket channel when resolved, once per resolution', async () => {
    const { id, token } = await resolvedTicket();
    const invite = await eventually(async () => (await k.pub('GET', `/public/tickets/${token}`)).json().messages.find((m: any) => m.body.includes('rate')));
    expect(invite).toMatchObject({ from: 'support' });
    expect(invite.body).toContain(`https://help.example/support/t/${token}`);
    const staff = (await k.staff('GET', `/tickets/${id}/messages`)).json().items.filter((m: any) => m.body.includes('rate our help'));
    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatchObject({ kind: 'public_reply', channel: 'web', authorType: 'system' });
    // The event heard again (another node, a re-delivery) sends nothing more.
    expect(await inviteRating(k.t.deps, id)).toBe(false);
    expect((await k.staff('GET', `/tickets/${id}/messages`)).json().items.filter((m: any) => m.body.includes('rate our help'))).toHaveLength(1);
  });

  it('stores one rating for the assignee at resolution; a second is 409 csat_already_given', async () => {
    const { id, token } = await resolvedTicket();
    const first = await k.pub('POST', `/public/tickets/${token}/csat`, { rating: 4, comment: '挺快的' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ rating: 4, comment: '挺快的', agentId: agent.user.id, agentName: 'Wang Fang' });
    const second = await k.pub('POST', `/public/tickets/${token}/csat`, { rating: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('csat_already_given');
    const view = (await k.pub('GET', `/public/tickets/${token}`)).json();
    expect(view.csat).toMatchObject({ open: false, given: { rating: 4, comment: '挺快的' } });
    const staff = await k.staff('GET', `/tickets/${id}/csat`);
    expect(staff.statusCode).toBe(200);
    expect(staff.json().items).toEqual([expect.objectContaining({ rating: 4, agentId: agent.user.id })]);
    const note = (await k.staff('GET', `/tickets/${id}/messages`)).json().items.find((m: any) => m.kind === 'internal_note');
    expect(note.body).toContain('4/5: 挺快的');
  });

  it('allows a new rating after a reopen and a new resolution, and validates the rating', async () => {
    const { id, token } = await resolvedTicket();
    expect((await k.pub('POST', `/public/tickets/${token}/csat`, { rating: 6 })).statusCode).toBe(400);
    expect((await k.pub('POST', `/public/tickets/${token}/csat`, { rating: 2 })).statusCode).toBe(201);
    k.clock.advance(1000);
    await k.pub('POST', `/public/tickets/${token}/messages`, { body: 'It is back' });
    expect((await k.pub('POST', `/public/tickets/${token}/csat`, { rating: 3 })).json().code).toBe('csat_not_open');
    k.clock.advance(1000);
    await k.staff('PATCH', `/tickets/${id}`, { status: 'resolved' }, agent);
    expect((await k.pub('POST', `/public/tickets/${token}/csat`, { rating: 5 })).statusCode).toBe(201);
    expect((await k.staff('GET', `/tickets/${id}/csat`)).json().items.map((r: any) => r.rating)).toEqual([5, 2]);
  });

  it('hides ratings from staff outside the ticket scope', async () => {
    const { id } = await resolvedTicket();
    const other = await signIn(k.t, 'agent');
    const res = await k.staff('GET', `/tickets/${id}/csat`, undefined, other);
    expect(res.statusCode).toBe(404);
  });
});
