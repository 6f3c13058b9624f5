import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDepartmentByCode } from '../organisation/departments.repository';
import { findClaimByOrder } from './portal.repository';
import { portalKit, type PortalKit } from './portal.test-kit';

let k: PortalKit;
beforeAll(async () => {
  k = await portalKit();
});
afterAll(async () => k.t.close());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-receipt-pixels')]);
const upload = (token: string, bytes: Buffer, over: Record<string, unknown> = {}) =>
  k.pub('POST', `/public/tickets/${encodeURIComponent(token)}/attachments`, { filename: '收据.png', contentType: 'image/png', content: bytes.toString('base64'), ...over });
const idOf = async (number: number) => (await k.staff('GET', `/tickets?number=${number}`)).json().items[0].id as string;

async function generic() {
  const res = await k.pub('POST', '/public/tickets', { email: 'shot@example.com', subject: '闪退', description: '进入副本时闪退', category: 'technical' });
  expect(res.statusCode, res.body).toBe(201);
  const answer = res.json() as { number: number; token: string };
  return { ...answer, id: await idOf(answer.number) };
}

describe('POST /public/tickets/:token/attachments', () => {
  it('stores a PNG on a customer message, readable by staff byte for byte, and reopens a ticket pending the player', async () => {
    const { token, id } = await generic();
    await k.staff('POST', `/tickets/${id}/messages`, { kind: 'public_reply', body: 'Please send a screenshot', status: 'pending_customer' });
    k.clock.advance(1000);
    const res = await upload(token, PNG, { note: '这是截图' });
    expect(res.statusCode, res.body).toBe(201);
    const answer = res.json();
    expect(answer).toMatchObject({ filename: '收据.png', contentType: 'image/png', size: PNG.length, claim: null });

    expect((await k.staff('GET', `/tickets/${id}`)).json().status).toBe('open');
    const messages = (await k.staff('GET', `/tickets/${id}/messages`)).json().items as any[];
    expect(messages.at(-1)).toMatchObject({ id: answer.messageId, kind: 'customer_message', authorType: 'customer' });
    expect(messages.at(-1).body).toContain('这是截图');
    const listed = (await k.staff('GET', `/tickets/${id}/attachments`)).json().items;
    expect(listed).toEqual([expect.objectContaining({ id: answer.id, messageId: answer.messageId, filename: '收据.png', contentType: 'image/png', size: PNG.length })]);
    const file = await k.t.app.inject({ method: 'GET', url: `/api/v1/tickets/${id}/attachments/${answer.id}`, headers: k.admin.headers });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('image/png');
    expect(Buffer.compare(file.rawPayload, PNG)).toBe(0);
    const view = (await k.pub('GET', `/public/tickets/${token}`)).json();
    expect(view.messages.at(-1)).toMatchObject({ from: 'player' });
    expect(view.messages.at(-1).body).toContain('收据.png');
  });

  it('refuses a text file named .png, whatever type it declares, and stores nothing', async () => {
    const { token, id } = await generic();
    const res = await upload(token, Buffer.from('I am not a picture, honest'), { filename: 'receipt.png', contentType: 'image/png' });
    expect([res.statusCode, res.json().code]).toEqual([415, 'attachment_type_not_allowed']);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const pdf = await upload(token, PNG, { filename: 'receipt.pdf', contentType: 'application/pdf' });
    expect([pdf.statusCode, pdf.json().code]).toEqual([415, 'attachment_type_not_allowed']);
    expect((await k.staff('GET', `/tickets/${id}/attachments`)).json().items).toEqual([]);
    expect((await k.staff('GET', `/tickets/${id}/messages`)).json().items.some((m: any) => m.kind === 'customer_message')).toBe(false);
  });

  it('refuses a screenshot over 5 MB, an empty one and content that is not base64', async () => {
    const { token } = await generic();
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 1 - PNG.length)]);
    const res = await upload(token, big);
    expect([res.statusCode, res.json().code]).toEqual([413, 'attachment_too_large']);
    expect((await upload(token, PNG, { content: '***' })).json().code).toBe('validation_failed');
    expect((await upload(token, PNG, { content: '' })).statusCode).toBe(400);
  });

  it('answers 404 for a wrong token and 409 on a closed ticket', async () => {
    const { token, id } = await generic();
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const res = await upload(flipped, PNG);
    expect([res.statusCode, res.json().code]).toEqual([404, 'portal_ticket_not_found']);
    await k.staff('PATCH', `/tickets/${id}`, { status: 'resolved' });
    await k.staff('PATCH', `/tickets/${id}`, { status: 'closed' });
    const closed = await upload(token, PNG);
    expect([closed.statusCode, closed.json().code]).toEqual([409, 'ticket_closed']);
  });
});

describe('proof for a recharge claim', () => {
  it('moves a not-found claim to proof_received and sends its ticket to the recharge team, once', async () => {
    const claim = await k.pub('POST', '/public/recharge-claims', k.claim({ orderId: 'ord-proof' }));
    expect(claim.json().outcome).toBe('proof_needed');
    const { token, number } = claim.json();
    const id = await idOf(number);
    k.clock.advance(1000);
    const res = await upload(token, PNG, { filename: 'wechat-receipt.png' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().claim).toBe('proof_received');

    expect((await findClaimByOrder(k.t.deps.database.db, 'ord-proof'))?.outcome).toBe('proof_received');
    const ticket = (await k.staff('GET', `/tickets/${id}`)).json();
    const inquiries = await findDepartmentByCode(k.t.deps.database.db, 'inquiries');
    expect(ticket).toMatchObject({ status: 'open', priority: 'high', departmentId: inquiries!.id });
    expect(ticket.custom.claim_outcome).toBe('proof_received');
    expect(ticket.tags).toEqual(expect.arrayContaining(['recharge_claim', 'claim_proof_received', 'recharge_team']));
    expect(ticket.tags).not.toContain('claim_proof_needed');
    const notes = (await k.staff('GET', `/tickets/${id}/messages`)).json().items.filter((m: any) => m.kind === 'internal_note');
    expect(notes.filter((n: any) => n.body.includes('Proof received: the requester attached wechat-receipt.png'))).toHaveLength(1);

    const again = await upload(token, PNG, { filename: 'second.png' });
    expect(again.json().claim).toBeNull();
    expect((await k.staff('GET', `/tickets/${id}/attachments`)).json().items).toHaveLength(2);
    const notesAfter = (await k.staff('GET', `/tickets/${id}/messages`)).json().items.filter((m: any) => m.body.includes('Proof received'));
    expect(notesAfter).toHaveLength(1);
  });
});
