import type { Consent, Interests } from '../customers.schema';

/** The profile fields a merge combines (a subset of a customer row). */
export interface MergeableProfile {
  realName: string | null;
  gender: string | null;
  birthday: string | null;
  region: string;
  city: string;
  preferredLocale: string | null;
  registeredAt: Date | null;
  homeStoreId: string | null;
  interests: Interests;
  tags: string[];
  custom: Record<string, unknown>;
  consent: Consent;
}

const emptyValue = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Per kind, the consent recorded last (ties keep the winner's). */
export function latestConsent(winner: Consent, loser: Consent): Consent {
  const out: Consent = { ...winner };
  for (const [kind, entry] of Object.entries(loser) as [keyof Consent, NonNullable<Consent[keyof Consent]>][]) {
    const mine = out[kind];
    if (!mine || Date.parse(entry.at) > Date.parse(mine.at)) out[kind] = entry;
  }
  return out;
}

/**
 * The winner's profile after a merge: its own values kept, empty ones filled from the loser,
 * tags and interests united, custom keys it lacks added, the latest consent per kind.
 * Answers only the fields that change.
 * @example mergedProfile({ ...w, city: '' }, { ...l, city: 'Shanghai' }).city // 'Shanghai'
 */
export function mergedProfile(winner: MergeableProfile, loser: MergeableProfile): Partial<MergeableProfile> {
  const next: Partial<MergeableProfile> = {};
  for (const key of ['realName', 'gender', 'birthday', 'region', 'city', 'preferredLocale', 'registeredAt', 'homeStoreId'] as const) {
    if (emptyValue(winner[key]) && !emptyValue(loser[key])) Object.assign(next, { [key]: loser[key] });
  }
  const tags = [...new Set([...winner.tags, ...loser.tags])];
  if (tags.length !== winner.tags.length) next.tags = tags;
  const interests: Interests = { ...winner.interests };
  for (const key of ['games', 'modes', 'roles'] as const) {
    const united = [...new Set([...(winner.interests[key] ?? []), ...(loser.interests[key] ?? [])])];
    if (united.length > 0) interests[key] = united;
  }
  if (JSON.stringify(interests) !== JSON.stringify(winner.interests)) next.interests = interests;
  const missing = Object.entries(loser.custom).filter(([k, v]) => !(k in winner.custom) && v !== null);
  if (missing.length > 0) next.custom = { ...winner.custom, ...Object.fromEntries(missing) };
  const consent = latestConsent(winner.consent, loser.consent);
  if (JSON.stringify(consent) !== JSON.stringify(winner.consent)) next.consent = consent;
  return next;
}
