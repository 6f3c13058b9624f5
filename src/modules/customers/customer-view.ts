import type { Principal } from '../../platform/auth/principal';
import { isoOrNull } from '../../platform/iso-time';
import type { CustomerStats } from '../events/customer-stats.service';
import type { Customer, CustomerSummary, Identity } from './customers.contracts';
import type { CustomerRow, IdentityRow } from './customers.repository';
import { maskEventData, maskIdentityValue, maskRealName } from './rules/mask';
import { identityTypes } from './rules/normalise-identity';

// The one place customer data is shaped for a response, and the one place masking is decided:
// every answer that carries a profile, an identity or event data goes through here.

/** How personal data is shown: `pii` only in the audited reveal (and, later, audited exports). */
export interface Viewer {
  pii: boolean;
}

/**
 * Every ordinary response masks real names, phones and emails, whoever asks: holders of
 * customers:pii see the values only through `POST /customers/:id/reveal`, which is audited.
 * So personal data never reaches a screen or an integration without a record of it.
 */
export function viewerOf(_principal: Principal | null): Viewer {
  return { pii: false };
}

/** Stats a list row carries: from a left join on customer_stats (null when no event yet). */
export interface SummaryStatsRow {
  totalSpend: string | null;
  lastSeenAt: Date | null;
  visitCount: number | null;
}

export function presentIdentity(row: IdentityRow, viewer: Viewer): Identity {
  return {
    id: row.id,
    type: row.type as Identity['type'],
    value: viewer.pii ? row.value : maskIdentityValue(row.type, row.value),
    attrs: row.attrs,
    isPrimary: row.isPrimary,
  };
}

const typeOrder = new Map<string, number>(identityTypes.map((t, i) => [t, i]));

/** Identities in display order: by type (phone, email, game account…), primary first, then oldest first. */
function ordered(identities: IdentityRow[]): IdentityRow[] {
  return [...identities].sort(
    (a, b) =>
      (typeOrder.get(a.type) ?? 99) - (typeOrder.get(b.type) ?? 99) ||
      Number(b.isPrimary) - Number(a.isPrimary) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.id < b.id ? -1 : 1),
  );
}

/** The primary (else oldest) identity of a type. */
function contact(identities: IdentityRow[], type: string): IdentityRow | undefined {
  return ordered(identities.filter((i) => i.type === type))[0];
}

function summaryFields(row: CustomerRow, identities: IdentityRow[], viewer: Viewer) {
  const phone = contact(identities, 'phone');
  const email = contact(identities, 'email');
  return {
    id: row.id,
    displayName: row.displayName,
    realName: row.realName === null ? null : viewer.pii ? row.realName : maskRealName(row.realName),
    phone: phone ? presentIdentity(phone, viewer).value : null,
    email: email ? presentIdentity(email, viewer).value : null,
    tags: row.tags,
    homeStoreId: row.homeStoreId,
    source: row.source,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    masked: !viewer.pii,
  };
}

/** A list or search row; `identities` are the customer's (at least its contacts), primary first. */
export function presentSummary(row: CustomerRow, identities: IdentityRow[], stats: SummaryStatsRow, viewer: Viewer): CustomerSummary {
  return {
    ...summaryFields(row, identities, viewer),
    stats: { totalSpend: stats.totalSpend ?? '0.00', lastSeenAt: isoOrNull(stats.lastSeenAt), visitCount: stats.visitCount ?? 0 },
  };
}

/** A full profile. */
export function presentCustomer(row: CustomerRow, identities: IdentityRow[], stats: CustomerStats, viewer: Viewer): Customer {
  return {
    ...summaryFields(row, identities, viewer),
    gender: row.gender,
    birthday: row.birthday,
    region: row.region,
    city: row.city,
    preferredLocale: row.preferredLocale,
    registeredAt: isoOrNull(row.registeredAt),
    interests: row.interests,
    custom: row.custom,
    consent: row.consent,
    identities: ordered(identities).map((i) => presentIdentity(i, viewer)),
    stats,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Event data on the timeline: contacts and IP addresses masked for viewers without customers:pii. */
export function presentEventData(data: Record<string, unknown>, viewer: Viewer): Record<string, unknown> {
  return viewer.pii ? data : maskEventData(data);
}
