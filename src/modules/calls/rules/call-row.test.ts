import { describe, expect, it } from 'vitest';
import { checkCall } from './call-row';

const base = { direction: 'inbound', phone: '138 0013 8000', startedAt: '2026-12-01T09:00:00+08:00', answered: 'yes', waitSeconds: '12', talkSeconds: '300' };

describe('call records', () => {
  it('normalises a CSV row', () => {
    expect(checkCall({ ...base, agentEmail: ' Agent@Example.com ', externalId: 'cc-1' })).toEqual({
      ok: true,
      call: { externalId: 'cc-1', direction: 'inbound', phone: '+8613800138000', startedAt: new Date('2026-12-01T01:00:00Z'), waitSeconds: 12, talkSeconds: 300, answered: true, agentEmail: 'agent@example.com', recordingUrl: null, ticketNumber: null },
    });
  });

  it('an abandoned call has no talk time', () => {
    const out = checkCall({ ...base, answered: '否', talkSeconds: '30' });
    expect(out.ok && out.call).toMatchObject({ answered: false, talkSeconds: 0 });
  });

  it.each([
    [{ direction: 'sideways' }, 'direction'],
    [{ phone: '12' }, 'phone'],
    [{ startedAt: 'yesterday' }, 'startedAt'],
    [{ waitSeconds: '-1' }, 'waitSeconds'],
    [{ waitSeconds: '1.5' }, 'waitSeconds'],
    [{ talkSeconds: '999999' }, 'talkSeconds'],
    [{ answered: 'maybe' }, 'answered'],
    [{ ticketNumber: 'abc' }, 'ticketNumber'],
  ])('refuses %j (field %s)', (change, field) => {
    expect(checkCall({ ...base, ...change })).toMatchObject({ ok: false, field });
  });
});
