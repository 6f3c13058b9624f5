import { describe, expect, it } from 'vitest';
import { autoReplyReason, senderCapReached } from './auto-reply';

const ours = ['support@game.example', 'help@game.example'];
const check = (from: string, headers: Record<string, string> = {}) => autoReplyReason({ from, headers: new Map(Object.entries(headers)), ourAddresses: ours });

describe('autoReplyReason', () => {
  it.each([
    ['a person', 'player@qq.com', {}, null],
    ['Auto-Submitted: no', 'player@qq.com', { 'auto-submitted': 'no' }, null],
    ['Auto-Submitted: auto-replied', 'player@qq.com', { 'auto-submitted': 'auto-replied' }, 'auto_submitted'],
    ['Auto-Submitted: auto-generated', 'player@qq.com', { 'auto-submitted': 'Auto-Generated' }, 'auto_submitted'],
    ['X-Autoreply', 'player@qq.com', { 'x-autoreply': 'yes' }, 'autoreply_header'],
    ['X-Autorespond', 'player@qq.com', { 'x-autorespond': 'vacation' }, 'autoreply_header'],
    ['Precedence: bulk', 'news@shop.com', { precedence: 'bulk' }, 'precedence'],
    ['Precedence: junk', 'news@shop.com', { precedence: 'junk' }, 'precedence'],
    ['Precedence: list', 'list@lists.org', { precedence: 'list' }, 'precedence'],
    ['Precedence: first-class', 'player@qq.com', { precedence: 'first-class' }, null],
    ['X-Loop with our address', 'player@qq.com', { 'x-loop': 'support@game.example' }, 'x_loop'],
    ['X-Loop of someone else', 'player@qq.com', { 'x-loop': 'other@list.org' }, null],
    ['MAILER-DAEMON', 'MAILER-DAEMON@mx.qq.com', {}, 'daemon_sender'],
    ['postmaster', 'postmaster@163.com', {}, 'daemon_sender'],
    ['noreply', 'no-reply@accounts.example', {}, 'daemon_sender'],
    ['our own from address', 'Support@Game.Example', {}, 'own_address'],
    ['an empty sender', '', {}, 'daemon_sender'],
    ['a bounce (null return path)', 'player@qq.com', { 'return-path': '<>' }, 'null_return_path'],
  ])('%s', (_name, from, headers, expected) => expect(check(from, headers)).toBe(expected));
});

describe('senderCapReached', () => {
  it.each([
    [0, 20, false],
    [19, 20, false],
    [20, 20, true],
    [25, 20, true],
  ])('%i mails this hour with cap %i → %s', (n, cap, expected) => expect(senderCapReached(n, cap)).toBe(expected));
});
