import { describe, expect, it } from 'vitest';
import { callStats, type CallFact } from './call-stats';

const call = (answered: boolean, waitSeconds: number, direction: CallFact['direction'] = 'inbound', talkSeconds = 120): CallFact => ({ direction, answered, waitSeconds, talkSeconds });

describe('call service levels', () => {
  it('nine of ten answered, waits 10-80 s', () => {
    const calls = [...[10, 20, 30, 40, 50, 60, 70, 80, 20].map((w) => call(true, w)), call(false, 200), call(true, 0, 'outbound', 60)];
    expect(callStats(calls)).toEqual({
      inbound: 10,
      outbound: 1,
      answered: 9,
      abandoned: 1,
      answerRate: 0.9,
      averageWaitSeconds: 42.2,
      answeredWithinTarget: 0.7778,
      averageTalkSeconds: 114,
      meetsAnswerRate: true,
      meetsWait: true,
    });
  });

  it('misses both targets', () => {
    const s = callStats([call(true, 90), call(false, 30), call(false, 45)]);
    expect(s).toMatchObject({ answerRate: 0.3333, averageWaitSeconds: 90, answeredWithinTarget: 0, meetsAnswerRate: false, meetsWait: false });
  });

  it('no calls: no figures, no verdict', () => {
    expect(callStats([])).toMatchObject({ inbound: 0, answerRate: null, averageWaitSeconds: null, meetsAnswerRate: null, meetsWait: null });
  });
});
