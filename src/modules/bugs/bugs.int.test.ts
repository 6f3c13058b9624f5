import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIp } from '../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from '../tickets/tickets.test-kit';
import { BUG_CATEGORY } from './bugs.service';

let k: TicketsKit;
beforeAll(async () => {
  k = await ticketsKit();
});
afterAll(() => k.t.close());

const bug = (subject: string, steps: string, requesterId = k.customerId) =>
  k.api('POST', '/bug-reports', { subject, device: 'iPhone 15', os: 'iOS 18', gameVersion: '3.2.1', server: '华东一区', steps, media: ['https://img.example.com/crash.png'], requesterId });

describe('bug reports', () => {
  let crash: { ticketId: string; ticketNumber: number };
  let crash2: string;
  let issueId: string;

  it('files a bug with its details as a technical ticket', async () => {
    const res = await bug('进入副本闪退', '1. 登录 2. 进入副本 3. 游戏闪退');
    expect(res.statusCode, res.body).toBe(201);
    crash = res.json();
    expect(res.json()).toMatchObject({ device: 'iPhone 15', os: 'iOS 18', gameVersion: '3.2.1', server: '华东一区', media: ['https://img.example.com/crash.png'], knownIssueId: null });
    const ticket = (await k.api('GET', `/tickets/${crash.ticketId}`)).json();
    expect(ticket).toMatchObject({ categoryId: BUG_CATEGORY, channel: 'in_game', tags: ['bug', 'v3.2.1'] });
    expect(ticket.description).toContain('iOS 18');
    expect((await k.api('POST', '/bug-reports', { subject: 'x', device: '', os: 'a', gameVersion: '1', steps: 's', requesterId: k.customerId })).statusCode).toBe(400);
  });

  it('suggests likely duplicates among bug tickets and known issues', async () => {
    crash2 = (await bug('副本里闪退了', '进入副本后游戏闪退', await k.customer('另一位玩家', '13900001111'))).json().ticketId;
    await bug('商城无法购买', '点击购买没有反应');
    issueId = (await k.api('POST', '/known-issues', { title: 'iOS 进入副本闪退' })).json().id;
    await k.api('POST', '/known-issues', { title: '商城价格显示错误' });
    const res = await k.api('GET', `/tickets/${crash.ticketId}/bug/duplicates`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().tickets.map((t: { id: string }) => t.id)).toEqual([crash2]);
    expect(res.json().knownIssues.map((i: { id: string }) => i.id)).toEqual([issueId]);
    const plain = await k.ticket();
    expect((await k.api('GET', `/tickets/${plain.id}/bug/duplicates`)).json().code).toBe('bug_report_not_found');
  });

  it('reporters linked to a known issue hear when it is fixed, once', async () => {
    for (const id of [crash.ticketId, crash2]) {
      const linked = await k.api('PUT', `/tickets/${id}/bug/known-issue`, { knownIssueId: issueId });
      expect(linked.json().knownIssueId).toBe(issueId);
    }
    expect((await k.api('GET', '/known-issues')).json().items.find((i: { id: string }) => i.id === issueId).linkedReports).toBe(2);
    expect((await k.api('POST', `/known-issues/${issueId}/fixed`, { version: '3.2.2' }, k.agentA)).statusCode).toBe(403);
    const fixed = await k.api('POST', `/known-issues/${issueId}/fixed`, { version: '3.2.2' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ notified: 2, knownIssue: { status: 'fixed', fixedInVersion: '3.2.2' } });
    for (const id of [crash.ticketId, crash2]) {
      const replies = (await k.api('GET', `/tickets/${id}/messages`)).json().items.filter((m: { kind: string; authorType: string }) => m.kind === 'public_reply' && m.authorType === 'user');
      expect(replies).toHaveLength(1);
      expect(replies[0].body).toContain('3.2.2');
      expect((await k.api('GET', `/tickets/${id}`)).json().status).toBe('resolved');
    }
    expect((await k.api('POST', `/known-issues/${issueId}/fixed`, { version: '3.2.3' })).json().code).toBe('known_issue_fixed');
  });

  it('players report bugs on the public form', async () => {
    const res = await k.t.app.inject({
      method: 'POST',
      url: '/api/v1/public/bug-reports',
      remoteAddress: testIp(),
      payload: { email: 'gamer@example.com', subject: '登录界面卡住', device: 'Pixel 8', os: 'Android 15', gameVersion: '3.2.1', steps: '打开游戏后卡在登录界面' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().statusUrl).toContain('/support/t/');
    const found = (await k.api('GET', `/tickets?number=${res.json().number}`, undefined, k.supervisor)).json().items[0];
    expect((await k.api('GET', `/tickets/${found.id}/bug`, undefined, k.supervisor)).json()).toMatchObject({ device: 'Pixel 8', os: 'Android 15' });
  });
});
