import { describe, expect, it } from 'vitest';
import { slaNotificationText } from './notification-text';

const ticket = { number: 100042, subject: '无法登录', dueAt: new Date('2026-06-01T04:00:00Z'), timeZone: 'Asia/Shanghai' };

describe('slaNotificationText', () => {
  it.each([
    ['zh-CN', 'warning', 'firstResponse', '工单 #100042 首次响应即将超时', '「无法登录」首次响应截止时间：2026-06-01 12:00 (Asia/Shanghai)。'],
    ['en', 'breach', 'resolution', 'Ticket #100042: resolution target breached', '"无法登录" — resolution due 2026-06-01 12:00 (Asia/Shanghai).'],
    ['en', 'escalation', 'nextResponse', 'Ticket #100042: next response still breached, escalated to you', '"无法登录" — next response due 2026-06-01 12:00 (Asia/Shanghai).'],
  ] as const)('%s %s %s', (locale, step, metric, title, body) => {
    expect(slaNotificationText(locale, step, metric, ticket)).toEqual({ title, body });
  });
});
