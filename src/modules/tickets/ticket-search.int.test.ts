import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

let k: TicketsKit;
const t: Record<string, any> = {};

beforeAll(async () => {
  k = await ticketsKit();
  t.stolen = await k.ticket({ subject: '我的账号被盗了怎么办', description: '昨天晚上还能登录，今天密码不对了' });
  t.recharge = await k.ticket({ subject: '充值未到账', description: '订单号 A123456，金额 648 元', priority: 'high' });
  t.crash = await k.ticket({ subject: 'Game crashes on start', description: 'Since version 1.2 the client closes at the loading screen', departmentId: k.deptB });
  t.mention = await k.ticket({ subject: '装备丢失', description: '背包里的武器不见了，怀疑账号被盗' });
  // Words said later in the conversation are found too; internal notes are not.
  await k.api('POST', `/tickets/${t.crash.id}/messages`, { kind: 'public_reply', body: '请问您的账号绑定了哪个手机？' });
  await k.api('POST', `/tickets/${t.recharge.id}/messages`, { kind: 'internal_note', body: '内部备注：疑似外挂' });
});
afterAll(async () => k.t.close());

const search = async (q: string, extra = '', as: Parameters<TicketsKit['api']>[3] = k.supervisor) => {
  const res = await k.api('GET', `/tickets/search?q=${encodeURIComponent(q)}${extra}`, undefined, as);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const ids = (answer: any) => answer.items.map((i: any) => i.id);

describe('full-text search', () => {
  it('finds a Chinese ticket by words of its subject, not by an unrelated word', async () => {
    expect(ids(await search('账号 被盗'))).toContain(t.stolen.id);
    expect(ids(await search('账号被盗'))).toContain(t.stolen.id);
    expect(ids(await search('退款'))).toEqual([]);
    expect(ids(await search('账号 退款'))).toEqual([]);
  });

  it('ranks a match in the subject above one in the description', async () => {
    const answer = await search('账号 被盗');
    expect(ids(answer)).toEqual([t.stolen.id, t.mention.id]);
    expect(answer.items[0].rank).toBeGreaterThan(answer.items[1].rank);
    expect(answer.items[0]).toMatchObject({ number: t.stolen.number, requester: { masked: true } });
  });

  it('finds English words case-insensitively, and ids and amounts', async () => {
    expect(ids(await search('CRASHES'))).toEqual([t.crash.id]);
    expect(ids(await search('a123456'))).toEqual([t.recharge.id]);
    expect(ids(await search('648'))).toEqual([t.recharge.id]);
  });

  it('searches public replies but not internal notes', async () => {
    expect(ids(await search('手机'))).toEqual([t.crash.id]);
    expect(ids(await search('外挂'))).toEqual([]);
  });

  it('follows a changed subject and forgets the old one, keeping conversation words', async () => {
    await k.api('PATCH', `/tickets/${t.crash.id}`, { subject: '游戏启动闪退' });
    expect(ids(await search('crashes'))).toEqual([]);
    expect(ids(await search('闪退'))).toEqual([t.crash.id]);
    expect(ids(await search('手机'))).toEqual([t.crash.id]);
    expect(ids(await search('loading screen'))).toEqual([t.crash.id]);
  });

  it('applies the caller’s scope and the list filters', async () => {
    expect(ids(await search('账号', '', k.supervisor)).sort()).toEqual([t.stolen.id, t.mention.id, t.crash.id].sort());
    expect(ids(await search('账号', '', k.agentA)).sort()).toEqual([t.stolen.id, t.mention.id].sort());
    expect(ids(await search('账号', '', k.agentB))).toEqual([t.crash.id]);
    expect(ids(await search('订单', '&priority=high'))).toEqual([t.recharge.id]);
    expect(ids(await search('订单', '&priority=low'))).toEqual([]);
    expect(ids(await search('账号', `&departmentId=${k.deptB}`))).toEqual([t.crash.id]);
  });

  it('pages by rank with a cursor', async () => {
    const first = await search('账号', '&limit=2');
    expect(first.items).toHaveLength(2);
    const rest = await search('账号', `&limit=2&cursor=${first.nextCursor}`);
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    expect(new Set([...ids(first), ...ids(rest)]).size).toBe(3);
  });

  it('finds nothing for a query without words, and validates the query', async () => {
    expect(await search('？！')).toEqual({ items: [], nextCursor: null });
    const missing = await k.api('GET', '/tickets/search');
    expect(missing.json()).toMatchObject({ status: 400, code: 'validation_failed' });
  });
});
