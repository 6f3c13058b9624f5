import type { Id, Locale, PageQuery, Timestamp } from './common';

// ---- customers (docs/api.md "Customers") ----

export const identityTypes = ['phone', 'email', 'game_account', 'member_card', 'wechat', 'qq', 'external'] as const;
export type IdentityType = (typeof identityTypes)[number];

/** A way to recognise a customer. `attrs` of a game account: `server`, `roleId`, `roleName`, `level`. */
export interface Identity {
  id: Id;
  type: IdentityType;
  /** E.164 phone, lower-case email, account id, card number, `<system>:<id>` for external. Masked without customers:pii. */
  value: string;
  attrs: Record<string, unknown>;
  isPrimary: boolean;
}

export const genders = ['male', 'female', 'other', 'unknown'] as const;
export type Gender = (typeof genders)[number];

export const customerSources = ['registration', 'store', 'referral', 'community', 'import', 'api'] as const;
export type CustomerSource = (typeof customerSources)[number];

export const consentKinds = ['marketingEmail', 'marketingSms', 'marketingPhone', 'dataProcessing'] as const;
export type ConsentKind = (typeof consentKinds)[number];

export interface ConsentEntry {
  granted: boolean;
  at: Timestamp;
  /** Where it was given: form, store, import, api… */
  source: string;
}
export type Consent = Partial<Record<ConsentKind, ConsentEntry>>;

export interface Interests {
  games?: string[];
  modes?: string[];
  roles?: string[];
}

/** active, or merged into another profile, or erased. */
export type CustomerStatus = 'active' | 'merged' | 'erased';

/** Money is a decimal string, e.g. `"139.12"`. */
export type Money = string;

export interface CustomerSummary {
  id: Id;
  displayName: string;
  /** Masked (`张*`) without customers:pii. */
  realName: string | null;
  /** Primary phone, masked (`+86 138****1234`) without customers:pii. */
  phone: string | null;
  /** Primary email, masked (`l***@example.com`) without customers:pii. */
  email: string | null;
  tags: string[];
  homeStoreId: Id | null;
  source: CustomerSource;
  status: CustomerStatus;
  createdAt: Timestamp;
  /** True when personal values in this answer are masked. */
  masked: boolean;
  stats: { totalSpend: Money; lastSeenAt: Timestamp | null; visitCount: number };
}

export interface CustomerStats {
  firstSeenAt: Timestamp | null;
  lastSeenAt: Timestamp | null;
  lastLoginAt: Timestamp | null;
  totalSpend: Money;
  spend12m: Money;
  rechargeCount: number;
  rechargeTotal: Money;
  lastRechargeAt: Timestamp | null;
  purchaseCount: number;
  visitCount: number;
  lastVisitAt: Timestamp | null;
  playtimeSeconds: number;
  eventCount: number;
}

export interface Customer extends Omit<CustomerSummary, 'stats'> {
  gender: Gender | null;
  /** YYYY-MM-DD */
  birthday: string | null;
  region: string;
  city: string;
  preferredLocale: Locale | null;
  registeredAt: Timestamp | null;
  interests: Interests;
  custom: Record<string, unknown>;
  consent: Consent;
  identities: Identity[];
  stats: CustomerStats;
  updatedAt: Timestamp;
}

export type CustomValue = string | number | boolean | null;

export interface IdentityInput {
  type: IdentityType;
  value: string;
  attrs?: Record<string, unknown>;
}

export interface CreateCustomerRequest {
  displayName: string;
  realName?: string;
  gender?: Gender;
  /** YYYY-MM-DD */
  birthday?: string;
  region?: string;
  city?: string;
  preferredLocale?: Locale;
  source?: CustomerSource;
  registeredAt?: Timestamp;
  homeStoreId?: Id;
  interests?: Interests;
  tags?: string[];
  custom?: Record<string, CustomValue>;
  consent?: Partial<Record<ConsentKind, { granted: boolean; source: string }>>;
  identities?: IdentityInput[];
}

/** Any create field except identities; null clears a nullable value; `custom` keys given replace, null removes one. */
export type UpdateCustomerRequest = Partial<Omit<CreateCustomerRequest, 'identities' | NullableProfileKey>> & {
  [K in NullableProfileKey]?: CreateCustomerRequest[K] | null;
};
type NullableProfileKey = 'realName' | 'gender' | 'birthday' | 'preferredLocale' | 'registeredAt' | 'homeStoreId';

export const customerSorts = ['-createdAt', 'createdAt', 'displayName', '-totalSpend', '-lastSeenAt'] as const;
export type CustomerSort = (typeof customerSorts)[number];

/** List filters; custom-field filters travel as `custom.<key>=<value>`. */
export interface CustomerListQuery extends PageQuery {
  q?: string;
  tag?: string;
  storeId?: Id;
  source?: CustomerSource;
  minSpend?: number;
  maxSpend?: number;
  lastSeenFrom?: Timestamp;
  lastSeenTo?: Timestamp;
  consent?: ConsentKind;
  sort?: CustomerSort;
  [custom: `custom.${string}`]: string | undefined;
}

export type SearchMatch = 'phone' | 'email' | 'identity' | 'name';
export interface CustomerSearchResult {
  customer: CustomerSummary;
  matchedBy: SearchMatch;
  score: number;
}
export interface CustomerSearchResponse {
  items: CustomerSearchResult[];
}

export interface AddIdentityRequest extends IdentityInput {
  isPrimary?: boolean;
}

export interface RevealResponse {
  realName: string | null;
  identities: Identity[];
}

export interface Note {
  id: Id;
  customerId: Id;
  authorId: Id | null;
  authorLabel: string;
  body: string;
  createdAt: Timestamp;
}
export interface CreateNoteRequest {
  body: string;
}

export const timelineTypes = ['recharge', 'purchase', 'login', 'logout', 'play_session', 'level_up', 'visit', 'custom', 'note', 'profile'] as const;
export type TimelineType = (typeof timelineTypes)[number];

export interface TimelineItem {
  id: Id;
  at: Timestamp;
  kind: 'event' | 'note' | 'profile';
  /** An event type, `note`, or a profile change (`created`, `updated`, `identity_added`…). */
  type: string;
  /** The server's one-line English description; shown when the type is unknown here. */
  summary: string;
  data: Record<string, unknown>;
}

export interface TimelineQuery extends PageQuery {
  /** Comma-separated TimelineType list. */
  types?: string;
  from?: Timestamp;
  to?: Timestamp;
}

export const customFieldTypes = ['text', 'number', 'date', 'enum', 'boolean'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

export interface CustomField {
  id: Id;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  sortOrder: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export interface CreateCustomFieldRequest {
  key: string;
  label: string;
  type: CustomFieldType;
  options?: string[];
  required?: boolean;
  sortOrder?: number;
}
export type UpdateCustomFieldRequest = Partial<Pick<CreateCustomFieldRequest, 'label' | 'options' | 'required' | 'sortOrder'>>;

/** What a saved view stores: the list filters, without paging. */
export type CustomerViewFilters = Omit<CustomerListQuery, 'limit' | 'cursor' | 'sort' | 'q'>;

export interface SavedView {
  id: Id;
  name: string;
  ownerId: Id;
  shared: boolean;
  filters: CustomerViewFilters;
  sort: CustomerSort;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export interface CreateSavedViewRequest {
  name: string;
  filters: CustomerViewFilters;
  sort: CustomerSort;
  shared?: boolean;
}
export type UpdateSavedViewRequest = Partial<CreateSavedViewRequest>;

// ---- duplicates, merge, erasure (docs/api.md "Customers") ----

export const duplicateReasons = ['similarDisplayName', 'similarRealName', 'sameRealName', 'sameBirthday', 'sameHomeStore', 'sameCity'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export interface DuplicatesResponse {
  items: { customer: CustomerSummary; reasons: DuplicateReason[]; score: number }[];
}
export interface MergeRequest {
  loserId: Id;
}
export interface MergeResponse {
  customer: Customer;
  moved: { identities: number; notes: number; history: number; events: number };
}
export interface EraseRequest {
  reason: string;
}
