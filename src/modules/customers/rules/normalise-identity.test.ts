import { describe, expect, it } from 'vitest';
import { normaliseIdentity } from './normalise-identity';

describe('normaliseIdentity', () => {
  it('stores Chinese mobile numbers as E.164 however they are typed', () => {
    for (const value of ['138 1234 1234', '13812341234', '+86 138-1234-1234', '0086 13812341234', ' +8613812341234 ']) {
      expect(normaliseIdentity({ type: 'phone', value })).toEqual({ ok: true, identity: { type: 'phone', value: '+8613812341234', attrs: {} } });
    }
  });

  it('keeps a foreign number with its own country code', () => {
    expect(normaliseIdentity({ type: 'phone', value: '+1 415 555 2671' })).toMatchObject({ ok: true, identity: { value: '+14155552671' } });
  });

  it('refuses numbers that are not valid phone numbers', () => {
    expect(normaliseIdentity({ type: 'phone', value: '12345' })).toEqual({ ok: false, reason: "'12345' is not a valid phone number" });
    expect(normaliseIdentity({ type: 'phone', value: 'call me' })).toMatchObject({ ok: false });
    expect(normaliseIdentity({ type: 'phone', value: '' })).toMatchObject({ ok: false });
  });

  it('trims and lower-cases emails and refuses ones without a domain', () => {
    expect(normaliseIdentity({ type: 'email', value: '  Li.Na@Example.COM ' })).toMatchObject({ ok: true, identity: { value: 'li.na@example.com' } });
    expect(normaliseIdentity({ type: 'email', value: 'li.na@example' })).toMatchObject({ ok: false });
    expect(normaliseIdentity({ type: 'email', value: 'li na@example.com' })).toMatchObject({ ok: false });
    expect(normaliseIdentity({ type: 'email', value: '@example.com' })).toMatchObject({ ok: false });
  });

  it('trims game accounts and keeps their attributes', () => {
    const attrs = { server: 's1', roleName: '夜雨' };
    expect(normaliseIdentity({ type: 'game_account', value: ' 10086 ', attrs })).toEqual({ ok: true, identity: { type: 'game_account', value: '10086', attrs } });
  });

  it('refuses empty and over-long values of the plain types', () => {
    expect(normaliseIdentity({ type: 'wechat', value: '   ' })).toEqual({ ok: false, reason: 'wechat is empty' });
    expect(normaliseIdentity({ type: 'member_card', value: 'x'.repeat(129) })).toEqual({ ok: false, reason: 'member_card is longer than 128 characters' });
    expect(normaliseIdentity({ type: 'qq', value: 'x'.repeat(128) })).toMatchObject({ ok: true });
  });

  it('wants external ids as system:id', () => {
    expect(normaliseIdentity({ type: 'external', value: 'shopify:981' })).toMatchObject({ ok: true, identity: { value: 'shopify:981' } });
    expect(normaliseIdentity({ type: 'external', value: '981' })).toMatchObject({ ok: false });
    expect(normaliseIdentity({ type: 'external', value: 'shopify:' })).toMatchObject({ ok: false });
  });

  it('refuses an unknown type', () => {
    expect(normaliseIdentity({ type: 'fax', value: '123' })).toEqual({ ok: false, reason: "unknown identity type 'fax'" });
  });
});
