import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from '../tickets/tickets.test-kit';

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit();
});
afterAll(() => k.t.close());

const step = (id: string, body: Record<string, unknown>, as = k.agentA) => k.api('POST', `/tickets/${id}/complaint/steps`, body, as);
const ok = async (id: string, body: Record<string, unknown>, as = k.agentA) => {
  const res = await step(id, body, as);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

async function complaintTicket(): Promise<string> {
  const ticket = await k.ticket({ subject: '投诉：网管态度恶劣' });
  const res = await k.api('POST', `/tickets/${ticket.id}/complaint`, undefined, k.agentA);
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json()).toMatchObject({ stage: 'received', severity: null, next: ['classify'] });
  return ticket.id;
}

describe('complaint process', () => {
  it('walks an ordinary complaint through every step and sends the result to the customer', async () => {
    const id = await complaintTicket();
    await ok(id, { action: 'classify', severity: 'ordinary', cause: 'staff_attitude' });
    await ok(id, { action: 'investigate', note: '查看了监控' });
    await ok(id, { action: 'investigate', note: '询问了当班网管' });
    await ok(id, { action: 'responsibility', party: 'company', reason: '网管未按规范服务' });
    await ok(id, { action: 'propose_plan', plan: '道歉并赠送两小时上机时长' });
    await ok(id, { action: 'execute', note: '已赠送' });
    await ok(id, { action: 'follow_up', note: '回访，顾客满意' });
    const done = await ok(id, { action: 'send_result', process: '调查了监控和当班人员', result: '赠送两小时', improvement: '加强服务培训' });
    expect(done).toMatchObject({ stage: 'result_sent', party: 'company', cause: 'staff_attitude', next: [] });
    expect(done.resultSentAt).not.toBeNull();
    expect(done.steps.map((s: { action: string }) => s.action)).toEqual(['receive', 'classify', 'investigate', 'investigate', 'responsibility', 'propose_plan', 'execute', 'follow_up', 'send_result']);
    expect(done.steps[1].details).toEqual({ severity: 'ordinary', cause: 'staff_attitude' });
    expect(done.steps.every((s: { actor: string }) => s.actor === `user:${k.agentA.user.id}`)).toBe(true);

    const messages = (await k.api('GET', `/tickets/${id}/messages`)).json().items;
    const reply = messages.find((m: { kind: string }) => m.kind === 'public_reply');
    expect(reply.body).toContain('调查了监控和当班人员');
    expect(reply.body).toContain('加强服务培训');
    // Nothing comes after the result.
    expect((await step(id, { action: 'follow_up', note: 'again' })).json()).toMatchObject({ code: 'complaint_step_out_of_order', allowed: [] });
  });

  it('refuses a skipped step and names the ones allowed', async () => {
    const id = await complaintTicket();
    const skip = await step(id, { action: 'propose_plan', plan: 'refund' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({ code: 'complaint_step_out_of_order', allowed: ['classify'] });
    await ok(id, { action: 'classify', severity: 'ordinary', cause: 'billing' });
    const noNotes = await step(id, { action: 'responsibility', party: 'customer', reason: 'x' });
    expect(noNotes.json()).toMatchObject({ code: 'complaint_step_out_of_order', allowed: ['investigate'] });
    expect((await k.api('GET', `/tickets/${id}/complaint`)).json().stage).toBe('classified');
  });

  it("a major complaint is urgent and its plan needs a supervisor's approval; a rejected plan is proposed again", async () => {
    const id = await complaintTicket();
    await ok(id, { action: 'classify', severity: 'major', cause: 'data_loss' });
    expect((await k.api('GET', `/tickets/${id}`)).json().priority).toBe('urgent');
    await ok(id, { action: 'investigate', note: '服务器回档导致道具丢失' });
    await ok(id, { action: 'responsibility', party: 'company', reason: '回档' });
    await ok(id, { action: 'propose_plan', plan: '补发道具' });
    expect((await step(id, { action: 'execute', note: 'too early' })).json()).toMatchObject({ code: 'complaint_step_out_of_order', allowed: ['decide_plan', 'propose_plan'] });
    const agentDecides = await step(id, { action: 'decide_plan', approved: true, comment: '' });
    expect(agentDecides.statusCode).toBe(403);
    expect(agentDecides.json().code).toBe('complaint_approval_required');

    const rejected = await ok(id, { action: 'decide_plan', approved: false, comment: '还需补偿' }, k.supervisor);
    expect(rejected).toMatchObject({ stage: 'plan_proposed', planRejected: true, next: ['propose_plan'] });
    await ok(id, { action: 'propose_plan', plan: '补发道具并赠送月卡' });
    const approved = await ok(id, { action: 'decide_plan', approved: true, comment: '同意' }, k.supervisor);
    expect(approved).toMatchObject({ stage: 'plan_approved', plan: '补发道具并赠送月卡', planApprovedBy: `user:${k.supervisor.user.id}` });
    await ok(id, { action: 'execute', note: '已补发' });
    expect((await k.api('GET', `/tickets/${id}/complaint`)).json().stage).toBe('executed');
  });

  it('a major complaint notifies the managers at once, once', async () => {
    const manager = await signIn(k.t, 'manager');
    const id = await complaintTicket();
    await ok(id, { action: 'classify', severity: 'major', cause: 'fraud' });
    let mine: { kind: string; ticketId: string; title: string }[] = [];
    for (let i = 0; i < 50 && mine.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      mine = (await k.api('GET', '/notifications', undefined, manager)).json().items;
    }
    expect(mine).toEqual([expect.objectContaining({ kind: 'complaint.major', ticketId: id })]);
    expect(mine[0]!.title).toContain('重大投诉');
    expect((await k.api('GET', '/notifications', undefined, k.agentA)).json().items).toEqual([]);
  });

  it("an ordinary complaint's plan is not put to approval", async () => {
    const id = await complaintTicket();
    await ok(id, { action: 'classify', severity: 'ordinary', cause: 'noise' });
    await ok(id, { action: 'investigate', note: 'n' });
    await ok(id, { action: 'responsibility', party: 'third_party', reason: '装修' });
    await ok(id, { action: 'propose_plan', plan: 'p' });
    expect((await step(id, { action: 'decide_plan', approved: true, comment: '' }, k.supervisor)).json().code).toBe('complaint_approval_not_needed');
  });

  it('answers 404 outside the department, 409 when opened twice, 400 for a bad step', async () => {
    const id = await complaintTicket();
    expect((await k.api('GET', `/tickets/${id}/complaint`, undefined, k.agentB)).json().code).toBe('ticket_not_found');
    expect((await step(id, { action: 'classify', severity: 'ordinary', cause: 'x' }, k.agentB)).statusCode).toBe(404);
    expect((await k.api('POST', `/tickets/${id}/complaint`, undefined, k.agentA)).json().code).toBe('complaint_exists');
    const bad = await step(id, { action: 'classify', severity: 'huge', cause: 'x' });
    expect(bad.statusCode).toBe(400);
    expect((bad as unknown as { headers: Record<string, string> }).headers['content-type']).toContain('application/problem+json');
    const plain = await k.ticket();
    expect((await k.api('GET', `/tickets/${plain.id}/complaint`)).json().code).toBe('complaint_not_found');
  });

  it('a ticket filed under the complaint category is received as a complaint by itself', async () => {
    const ticket = await k.ticket({ subject: '投诉充值客服', categoryId: '01930000-0000-7000-8000-0000000000c6' });
    let res = await k.api('GET', `/tickets/${ticket.id}/complaint`);
    for (let i = 0; i < 50 && res.statusCode === 404; i++) {
      await new Promise((r) => setTimeout(r, 20));
      res = await k.api('GET', `/tickets/${ticket.id}/complaint`);
    }
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ stage: 'received', receivedBy: 'system', steps: [{ action: 'receive', actor: 'system' }] });
  });

  it('reports count complaints by severity, party and cause', async () => {
    const res = await k.api('GET', '/complaints/report', undefined, k.supervisor);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.total).toBe(7);
    expect(report.bySeverity).toEqual(expect.arrayContaining([{ severity: 'major', count: 2 }, { severity: 'ordinary', count: 3 }, { severity: null, count: 2 }]));
    expect(report.byParty).toEqual(expect.arrayContaining([{ party: 'company', count: 2 }, { party: 'third_party', count: 1 }]));
    expect(report.byCause).toEqual(expect.arrayContaining([{ cause: 'staff_attitude', count: 1 }]));
    expect((await k.api('GET', '/complaints/report', undefined, k.agentA)).statusCode).toBe(403);
  });
});
