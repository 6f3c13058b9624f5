import { normalisePhone } from '../../customers/rules/normalise-identity';

/** A call as it arrives (JSON, or a CSV row of strings), before checking. */
export interface CallInput {
  externalId?: string;
  direction?: string;
  phone?: string;
  startedAt?: string;
  waitSeconds?: number | string;
  talkSeconds?: number | string;
  answered?: boolean | string;
  agentEmail?: string;
  recordingUrl?: string;
  ticketNumber?: number | string;
}

export interface CheckedCall {
  externalId: string | null;
  direction: 'inbound' | 'outbound';
  phone: string;
  startedAt: Date;
  waitSeconds: number;
  talkSeconds: number;
  answered: boolean;
  agentEmail: string | null;
  recordingUrl: string | null;
  ticketNumber: number | null;
}

export type CallCheck = { ok: true; call: CheckedCall } | { ok: false; field: string; reason: string };

const YES = new Set(['true', '1', 'yes', 'y', '是', 'answered']);
const NO = new Set(['false', '0', 'no', 'n', '否', 'abandoned', 'missed']);

function seconds(v: number | string | undefined): number | null {
  if (v === undefined || v === '') return 0;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  return Number.isInteger(n) && n >= 0 && n <= 86_400 ? n : null;
}

/**
 * Checks one call record: direction inbound/outbound, a valid phone (normalised to E.164, China
 * by default), an ISO time, whole seconds 0-86,400, answered as a boolean (or yes/no, 是/否).
 * @example checkCall({ direction: 'inbound', phone: '13800138000', startedAt: '2026-12-01T09:00:00Z', answered: 'yes', waitSeconds: '12' })
 */
export function checkCall(input: CallInput): CallCheck {
  const direction = String(input.direction ?? '').trim().toLowerCase();
  if (direction !== 'inbound' && direction !== 'outbound') return { ok: false, field: 'direction', reason: 'must be inbound or outbound' };
  const phone = normalisePhone(String(input.phone ?? ''));
  if (!phone) return { ok: false, field: 'phone', reason: 'is not a valid phone number' };
  const startedAt = new Date(String(input.startedAt ?? ''));
  if (!input.startedAt || Number.isNaN(startedAt.getTime())) return { ok: false, field: 'startedAt', reason: 'is not an ISO 8601 time' };
  const waitSeconds = seconds(input.waitSeconds);
  if (waitSeconds === null) return { ok: false, field: 'waitSeconds', reason: 'must be whole seconds, 0 to 86400' };
  const talkSeconds = seconds(input.talkSeconds);
  if (talkSeconds === null) return { ok: false, field: 'talkSeconds', reason: 'must be whole seconds, 0 to 86400' };
  const a = typeof input.answered === 'boolean' ? input.answered : String(input.answered ?? '').trim().toLowerCase();
  const answered = typeof a === 'boolean' ? a : YES.has(a) ? true : NO.has(a) ? false : null;
  if (answered === null) return { ok: false, field: 'answered', reason: 'must be true or false' };
  const ticket = input.ticketNumber === undefined || input.ticketNumber === '' ? null : Number(input.ticketNumber);
  if (ticket !== null && !Number.isInteger(ticket)) return { ok: false, field: 'ticketNumber', reason: 'must be a ticket number' };
  const text = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    ok: true,
    call: { externalId: text(input.externalId), direction, phone, startedAt, waitSeconds, talkSeconds: answered ? talkSeconds : 0, answered, agentEmail: text(input.agentEmail)?.toLowerCase() ?? null, recordingUrl: text(input.recordingUrl), ticketNumber: ticket },
  };
}
