import { Type, type Static } from 'typebox';
import { DateTime, Id, IdParams, Locale, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { identityTypes } from './rules/normalise-identity';

// Request and response shapes of the customers API (docs/api.md "Customers").

export { IdParams };


export const genders = ['male', 'female', 'other', 'unknown'] as const;
export const customerSources = ['registration', 'store', 'referral', 'community', 'import', 'api'] as const;
export const consentKinds = ['marketingEmail', 'marketingSms', 'marketingPhone', 'dataProcessing'] as const;
export type ConsentKind = (typeof consentKinds)[number];
export const customerSorts = ['-createdAt', 'createdAt', 'displayName', '-totalSpend', '-lastSeenAt'] as const;
export type CustomerSort = (typeof customerSorts)[number];

export const IdentityType = Type.Enum(identityTypes);
export const Gender = Type.Enum(genders);
export const CustomerSource = Type.Enum(customerSources);
export const ConsentKind = Type.Enum(consentKinds);
export const CustomerSortSchema = Type.Enum(customerSorts);

const Text100 = Type.String({ maxLength: 100 });
const Attrs = Type.Record(Type.String(), Type.Unknown());
const Money = Type.String({ pattern: '^-?[0-9]+\\.[0-9]{2}$' });
const StringList = (maxItems: number) => Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems });

export const Identity = Type.Object({ id: Id, type: IdentityType, value: Type.String(), attrs: Attrs, isPrimary: Type.Boolean() });
export type Identity = Static<typeof Identity>;

export const IdentityInput = Type.Object(
  { type: IdentityType, value: Type.String({ minLength: 1, maxLength: 256 }), attrs: Type.Optional(Attrs) },
  { additionalProperties: false },
);
export const AddIdentityBody = Type.Object(
  { ...IdentityInput.properties, isPrimary: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type AddIdentityBody = Static<typeof AddIdentityBody>;

const ConsentEntry = Type.Object({ granted: Type.Boolean(), at: DateTime, source: Type.String() });
const ConsentInputEntry = Type.Object({ granted: Type.Boolean(), source: Type.String({ minLength: 1, maxLength: 50 }) }, { additionalProperties: false });
const consentOf = <T extends typeof ConsentEntry | typeof ConsentInputEntry>(entry: T) =>
  Type.Object(
    { marketingEmail: Type.Optional(entry), marketingSms: Type.Optional(entry), marketingPhone: Type.Optional(entry), dataProcessing: Type.Optional(entry) },
    { additionalProperties: false },
  );
export const Consent = consentOf(ConsentEntry);
export const ConsentInput = consentOf(ConsentInputEntry);
export type ConsentInput = Static<typeof ConsentInput>;

export const Interests = Type.Object(
  { games: Type.Optional(StringList(50)), modes: Type.Optional(StringList(50)), roles: Type.Optional(StringList(50)) },
  { additionalProperties: false },
);
// Text length (≤ 2000) is checked against the field definition, with the field named in the answer.
const CustomValue = Type.Union([Type.String({ maxLength: 10000 }), Type.Number(), Type.Boolean(), Type.Null()]);
const CustomValues = Type.Record(Type.String({ pattern: '^[a-z][a-z0-9_]{0,62}$' }), CustomValue);

const profileFields = {
  realName: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  gender: Type.Optional(Nullable(Gender)),
  birthday: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  region: Type.Optional(Text100),
  city: Type.Optional(Text100),
  preferredLocale: Type.Optional(Nullable(Locale)),
  source: Type.Optional(CustomerSource),
  registeredAt: Type.Optional(Nullable(DateTime)),
  homeStoreId: Type.Optional(Nullable(Id)),
  interests: Type.Optional(Interests),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 50 })),
  custom: Type.Optional(CustomValues),
  consent: Type.Optional(ConsentInput),
};
const DisplayName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const CreateCustomerBody = Type.Object(
  { displayName: DisplayName, ...profileFields, identities: Type.Optional(Type.Array(IdentityInput, { maxItems: 20 })) },
  { additionalProperties: false },
);
export type CreateCustomerBody = Static<typeof CreateCustomerBody>;

/** Any create field except identities; null clears a value; `custom` keys given replace, null removes. */
export const PatchCustomerBody = Type.Object({ displayName: Type.Optional(DisplayName), ...profileFields }, { additionalProperties: false });
export type PatchCustomerBody = Static<typeof PatchCustomerBody>;

export const SummaryStats = Type.Object({ totalSpend: Money, lastSeenAt: Nullable(DateTime), visitCount: Type.Integer() });
export const CustomerStats = Type.Object({
  firstSeenAt: Nullable(DateTime),
  lastSeenAt: Nullable(DateTime),
  lastLoginAt: Nullable(DateTime),
  totalSpend: Money,
  spend12m: Money,
  rechargeCount: Type.Integer(),
  rechargeTotal: Money,
  lastRechargeAt: Nullable(DateTime),
  purchaseCount: Type.Integer(),
  visitCount: Type.Integer(),
  lastVisitAt: Nullable(DateTime),
  playtimeSeconds: Type.Integer(),
  eventCount: Type.Integer(),
});
export type CustomerStats = Static<typeof CustomerStats>;

const summaryFields = {
  id: Id,
  displayName: Type.String(),
  realName: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  homeStoreId: Nullable(Id),
  source: Type.String(),
  status: Type.String(),
  createdAt: DateTime,
  masked: Type.Boolean(),
};
export const CustomerSummary = Type.Object({ ...summaryFields, stats: SummaryStats });
export type CustomerSummary = Static<typeof CustomerSummary>;

export const Customer = Type.Object({
  ...summaryFields,
  gender: Nullable(Type.String()),
  birthday: Nullable(Type.String()),
  region: Type.String(),
  city: Type.String(),
  preferredLocale: Nullable(Type.String()),
  registeredAt: Nullable(DateTime),
  interests: Interests,
  custom: Type.Record(Type.String(), Type.Unknown()),
  consent: Consent,
  identities: Type.Array(Identity),
  stats: CustomerStats,
  updatedAt: DateTime,
});
export type Customer = Static<typeof Customer>;

/** The list filters a saved view keeps (no text query, sort or paging). */
export const viewFilterFields = {
  tag: Type.Optional(Type.String({ maxLength: 50 })),
  storeId: Type.Optional(Id),
  source: Type.Optional(CustomerSource),
  minSpend: Type.Optional(Type.Number({ minimum: 0 })),
  maxSpend: Type.Optional(Type.Number({ minimum: 0 })),
  lastSeenFrom: Type.Optional(DateTime),
  lastSeenTo: Type.Optional(DateTime),
  consent: Type.Optional(ConsentKind),
};

const listFilterFields = {
  q: Type.Optional(Type.String({ maxLength: 100 })),
  ...viewFilterFields,
  sort: Type.Optional(CustomerSortSchema),
};
// `custom.<key>=<value>` filters: typed by the field definition in the service.
const customFilterFields = { patternProperties: { '^custom\\.': Type.String({ maxLength: 200 }) } };

export const CustomerListQuery = Type.Object({ ...listFilterFields, ...pageQueryFields }, customFilterFields);
export type CustomerListQuery = Static<typeof CustomerListQuery> & { [custom: `custom.${string}`]: string | undefined };

/** The filters and sort of the list, without paging: the CSV export. */
export const CustomerExportQuery = Type.Object(listFilterFields, customFilterFields);
export type CustomerExportQuery = Static<typeof CustomerExportQuery> & { [custom: `custom.${string}`]: string | undefined };

export const CustomerSearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 100 }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
});
export type CustomerSearchQuery = Static<typeof CustomerSearchQuery>;

export const SearchMatch = Type.Enum(['phone', 'email', 'identity', 'name'] as const);
export const CustomerSearchAnswer = Type.Object({
  items: Type.Array(Type.Object({ customer: CustomerSummary, matchedBy: SearchMatch, score: Type.Number() })),
});
export type CustomerSearchAnswer = Static<typeof CustomerSearchAnswer>;

export const RevealAnswer = Type.Object({ realName: Nullable(Type.String()), identities: Type.Array(Identity) });
export type RevealAnswer = Static<typeof RevealAnswer>;

export const IdentityParams = Type.Object({ id: Id, identityId: Id });
export type IdentityParams = Static<typeof IdentityParams>;
