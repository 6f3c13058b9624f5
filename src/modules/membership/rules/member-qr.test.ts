import { describe, expect, it } from 'vitest';
import { memberQrPayload, parseMemberQr } from './member-qr';

describe('member QR payload', () => {
  it.each([
    ['6200001234', 'GH1:card:6200001234'],
    ['NEW-0001', 'GH1:card:NEW-0001'],
  ])('writes card %s as %j', (number, payload) => expect(memberQrPayload(number)).toBe(payload));

  it.each([
    ['GH1:card:6200001234', '6200001234'],
    ['  GH1:card:6200001234\n', '6200001234'],
    ['gh1:CARD:new-0001', 'NEW-0001'],
    ['GH1:card:6200 0012 34', '6200001234'],
    ['GH1:card:', null],
    ['GH1:card:a#', null],
    ['GH1:card:abc', null],
    ['GH2:card:6200001234', null],
    ['GH1:customer:6200001234', null],
    ['6200001234', null],
    ['x GH1:card:6200001234', null],
    ['', null],
  ])('reads %j as card %j', (text, number) => expect(parseMemberQr(text)).toBe(number));

  it.each(['6200001234', 'NEW-0001', 'AB-12'])('reads back what it writes for card %s', (number) => {
    expect(parseMemberQr(memberQrPayload(number))).toBe(number);
  });
});
