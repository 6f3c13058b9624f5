import { describe, expect, it } from 'vitest';
import { formatDuration, summarise } from './event-summary';

describe('summarise', () => {
  it('describes each event type in one short line', () => {
    expect(summarise('recharge', { amount: '68.00', currency: 'CNY', channel: 'wechat', status: 'paid' })).toBe('Recharge 68.00 CNY via wechat (paid)');
    expect(summarise('purchase', { amount: '45.00', currency: 'CNY', lines: [{ product: 'Cola', quantity: 2, amount: '12.00' }, { product: 'Hours', quantity: 3, amount: '33.00' }] })).toBe('Purchase of Cola ×2 and 1 more, 45.00 CNY');
    expect(summarise('purchase', { amount: '12.00', currency: 'CNY', lines: [{ product: 'Cola', quantity: 2, amount: '12.00' }] })).toBe('Purchase of Cola ×2, 12.00 CNY');
    expect(summarise('login', { device: 'iOS', region: 'Shanghai' })).toBe('Logged in on iOS from Shanghai');
    expect(summarise('login', {})).toBe('Logged in');
    expect(summarise('logout', {})).toBe('Logged out');
    expect(summarise('play_session', { game: 'Honor of Kings', mode: 'ranked', durationSeconds: 1500, result: 'win' })).toBe('Played Honor of Kings (ranked) for 25 min: win');
    expect(summarise('level_up', { level: 30, game: 'Genshin' })).toBe('Reached level 30 in Genshin');
    expect(summarise('visit', {})).toBe('Store visit');
    expect(summarise('custom', { name: 'tournament_signup', properties: {} })).toBe('Custom event: tournament_signup');
  });
});

describe('formatDuration', () => {
  it('uses seconds, minutes, then hours and minutes', () => {
    expect([0, 45, 60, 1500, 3600, 3900].map(formatDuration)).toEqual(['0 s', '45 s', '1 min', '25 min', '1 h', '1 h 5 min']);
  });
});
