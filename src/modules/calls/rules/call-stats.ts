// Phone service levels (seed 003 3.3): at least 90 % of inbound calls answered, answered within
// one minute. Computed from call records, whoever entered them (agents, a call-centre import).

export const ANSWER_RATE_TARGET = 0.9;
export const WAIT_TARGET_S = 60;

export interface CallFact {
  direction: 'inbound' | 'outbound';
  answered: boolean;
  waitSeconds: number;
  talkSeconds: number;
}

export interface CallStats {
  inbound: number;
  outbound: number;
  answered: number;
  abandoned: number;
  /** Answered ÷ inbound (null with no inbound call). */
  answerRate: number | null;
  /** Mean queue wait of answered inbound calls, seconds. */
  averageWaitSeconds: number | null;
  /** Share of answered inbound calls picked up within WAIT_TARGET_S. */
  answeredWithinTarget: number | null;
  averageTalkSeconds: number | null;
  meetsAnswerRate: boolean | null;
  meetsWait: boolean | null;
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);
const mean = (xs: number[]) => (xs.length === 0 ? null : Math.round((xs.reduce((n, x) => n + x, 0) / xs.length) * 10) / 10);

/** The service-level figures of a set of calls. */
export function callStats(calls: CallFact[]): CallStats {
  const inbound = calls.filter((c) => c.direction === 'inbound');
  const answered = inbound.filter((c) => c.answered);
  const answerRate = ratio(answered.length, inbound.length);
  const averageWaitSeconds = mean(answered.map((c) => c.waitSeconds));
  return {
    inbound: inbound.length,
    outbound: calls.length - inbound.length,
    answered: answered.length,
    abandoned: inbound.length - answered.length,
    answerRate,
    averageWaitSeconds,
    answeredWithinTarget: ratio(answered.filter((c) => c.waitSeconds <= WAIT_TARGET_S).length, answered.length),
    averageTalkSeconds: mean(calls.filter((c) => c.answered).map((c) => c.talkSeconds)),
    meetsAnswerRate: answerRate === null ? null : answerRate >= ANSWER_RATE_TARGET,
    meetsWait: averageWaitSeconds === null ? null : averageWaitSeconds <= WAIT_TARGET_S,
  };
}
