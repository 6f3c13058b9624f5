import { describe, expect, it } from 'vitest';
import { messageIdList, newMessageId, normaliseMessageId, ticketNumberInSubject, ticketSubject } from './message-ids';

describe('normaliseMessageId', () => {
  it.each([
    [' <AbC@Mail.Example.com> ', 'abc@mail.example.com'],
    ['plain@x', 'plain@x'],
    ['', null],
    [null, null],
    ['<has space@x>', null],
  ])('%j → %j', (raw, expected) => expect(normaliseMessageId(raw)).toBe(expected));
});

describe('messageIdList', () => {
  it.each([
    ['<a@x> <B@y>', ['a@x', 'b@y']],
    ['<a@x>\r\n <b@y> <a@x>', ['a@x', 'b@y']],
    [['<a@x>', '<c@z>'], ['a@x', 'c@z']],
    ['bare@x', ['bare@x']],
    [undefined, []],
  ])('%j → %j', (raw, expected) => expect(messageIdList(raw as string | string[] | undefined)).toEqual(expected));
});

describe('subjects', () => {
  it.each([
    ['Re: [#100042] 充值未到账', 100042],
    ['[#100042]', 100042],
    ['about #100042', null],
    ['[#12] too short', null],
  ])('ticketNumberInSubject(%j) = %j', (subject, n) => expect(ticketNumberInSubject(subject)).toBe(n));

  it.each([
    [100042, 'Cannot log in', '[#100042] Cannot log in'],
    [100042, 'Re: [#100042] Cannot log in', '[#100042] Cannot log in'],
    [100042, '回复：Fwd: 充值未到账', '[#100042] 充值未到账'],
    [100042, '', '[#100042] (no subject)'],
  ])('ticketSubject(%j, %j) = %j', (n, subject, expected) => expect(ticketSubject(n, subject)).toBe(expected));

  it('makes Message-IDs on the domain of our address', () => {
    expect(newMessageId('0196abc', 'support@Game.Example')).toBe('0196abc@game.example');
  });
});
