import { normaliseEmail, normalisePhone, type IdentityType } from './normalise-identity';

export type SearchMatch = 'phone' | 'email' | 'identity';
export interface SearchCandidate {
  type: IdentityType;
  value: string;
  matchedBy: SearchMatch;
}

const PLAIN_TYPES = ['game_account', 'member_card', 'wechat', 'qq', 'external'] as const;

/**
 * The identities a search text could be, for one exact lookup: a phone number (as typed,
 * read as Chinese without a country code), an email (any case), or the raw value of any other
 * identity type.
 * @example identityCandidates('138 1234 1234')[0] // { type: 'phone', value: '+8613812341234', matchedBy: 'phone' }
 */
export function identityCandidates(q: string): SearchCandidate[] {
  const text = q.trim();
  if (text === '') return [];
  const candidates: SearchCandidate[] = [];
  const phone = normalisePhone(text);
  if (phone) candidates.push({ type: 'phone', value: phone, matchedBy: 'phone' });
  const email = normaliseEmail(text);
  if (email) candidates.push({ type: 'email', value: email, matchedBy: 'email' });
  if (text.length <= 128) for (const type of PLAIN_TYPES) candidates.push({ type, value: text, matchedBy: 'identity' });
  return candidates;
}

/** A search text that is a phone number or an email is looked up exactly, never by name. */
export function isContactQuery(candidates: SearchCandidate[]): boolean {
  return candidates.some((c) => c.matchedBy !== 'identity');
}
