// The checklist an agent sees for an account-recovery or stolen-account appeal (000 FAQ 1):
// each claim of the appellant compared with what is on file. Only the agent sees it; the
// appellant learns nothing about the data on file.

export type CheckStatus = 'match' | 'mismatch' | 'no_claim' | 'no_data';
export type CheckName = 'bound_phone' | 'bound_email' | 'recent_logins' | 'last_recharge' | 'creation_region';

export interface AppealClaims {
  phone?: string;
  email?: string;
  logins?: { at: Date; device?: string; region?: string }[];
  lastRecharge?: { orderId?: string; amountCents?: number };
  creationRegion?: string;
}

export interface AccountFacts {
  phones: string[];
  emails: string[];
  logins: { at: Date; device: string | null; region: string | null }[];
  /** Paid recharges, newest first. */
  recharges: { orderId: string; amountCents: number | null; at: Date }[];
  /** Where the account was first seen (its first login's region, else the profile's region). */
  creationRegion: string | null;
}

export interface Check {
  name: CheckName;
  status: CheckStatus;
  weight: number;
  /** For logins: how many of the claimed logins matched one on file. */
  detail?: string;
}

/** How much each check says about ownership (bindings and payments weigh most). */
export const weights: Record<CheckName, number> = { bound_phone: 30, bound_email: 20, last_recharge: 25, recent_logins: 15, creation_region: 10 };
/** A claimed login matches one on file within this time, from the same region or device. */
export const LOGIN_WINDOW_MS = 24 * 3_600_000;

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

function binding(name: 'bound_phone' | 'bound_email', claim: string | undefined, onFile: string[]): Check {
  const weight = weights[name];
  if (!claim) return { name, status: 'no_claim', weight };
  if (onFile.length === 0) return { name, status: 'no_data', weight };
  return { name, status: onFile.some((v) => norm(v) === norm(claim)) ? 'match' : 'mismatch', weight };
}

function logins(claims: AppealClaims['logins'], onFile: AccountFacts['logins']): Check {
  const weight = weights.recent_logins;
  if (!claims?.length) return { name: 'recent_logins', status: 'no_claim', weight };
  if (onFile.length === 0) return { name: 'recent_logins', status: 'no_data', weight };
  const matched = claims.filter((c) =>
    onFile.some((f) => Math.abs(f.at.getTime() - c.at.getTime()) <= LOGIN_WINDOW_MS && ((c.region && norm(c.region) === norm(f.region)) || (c.device && norm(c.device) === norm(f.device)))),
  ).length;
  // Most of the claimed logins must be real: one lucky guess is not enough.
  return { name: 'recent_logins', status: matched * 2 > claims.length ? 'match' : 'mismatch', weight, detail: `${matched}/${claims.length}` };
}

function lastRecharge(claim: AppealClaims['lastRecharge'], onFile: AccountFacts['recharges']): Check {
  const weight = weights.last_recharge;
  if (!claim || (claim.orderId === undefined && claim.amountCents === undefined)) return { name: 'last_recharge', status: 'no_claim', weight };
  const last = onFile[0];
  if (!last) return { name: 'last_recharge', status: 'no_data', weight };
  const orderOk = claim.orderId === undefined || norm(claim.orderId) === norm(last.orderId);
  const amountOk = claim.amountCents === undefined || claim.amountCents === last.amountCents;
  return { name: 'last_recharge', status: orderOk && amountOk ? 'match' : 'mismatch', weight };
}

function region(claim: string | undefined, onFile: string | null): Check {
  const weight = weights.creation_region;
  if (!claim) return { name: 'creation_region', status: 'no_claim', weight };
  if (!onFile) return { name: 'creation_region', status: 'no_data', weight };
  return { name: 'creation_region', status: norm(claim) === norm(onFile) ? 'match' : 'mismatch', weight };
}

/**
 * The checklist and an evidence score 0-100: the weight of matching checks over the weight of
 * the checks that could be made (a claim and data on file). No check possible: score 0.
 * @example scoreAppeal({ phone: '+8613800000000' }, { phones: ['+8613800000000'], emails: [], logins: [], recharges: [], creationRegion: null }).score // 100
 */
export function scoreAppeal(claims: AppealClaims, facts: AccountFacts): { checks: Check[]; score: number } {
  const checks = [
    binding('bound_phone', claims.phone, facts.phones),
    binding('bound_email', claims.email, facts.emails),
    logins(claims.logins, facts.logins),
    lastRecharge(claims.lastRecharge, facts.recharges),
    region(claims.creationRegion, facts.creationRegion),
  ];
  const decided = checks.filter((c) => c.status === 'match' || c.status === 'mismatch');
  const possible = decided.reduce((n, c) => n + c.weight, 0);
  const matched = decided.filter((c) => c.status === 'match').reduce((n, c) => n + c.weight, 0);
  return { checks, score: possible === 0 ? 0 : Math.round((matched / possible) * 100) };
}
