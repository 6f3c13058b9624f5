import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { listFields } from './customer-fields.repository';
import type { CustomFieldType } from './rules/custom-field-value';

type Executor = Db | Tx;

// Profiles written in bulk (CSV imports, the demo seed): one statement per chunk, arrays or
// JSON passed as single parameters (no per-row round trips, no 65,535-parameter limit).

async function rowsOf<T>(ex: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await ex.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The defined custom fields, by key: what importing values into them needs. */
export async function customFieldDefs(ex: Executor): Promise<Record<string, { type: CustomFieldType; options: string[] }>> {
  const rows = await listFields(ex);
  return Object.fromEntries(rows.map((r) => [r.key, { type: r.type as CustomFieldType, options: r.options }]));
}

/** What one import row says about a customer; absent fields say nothing. */
export interface ProfilePatch {
  customerId: string;
  displayName?: string;
  realName?: string;
  gender?: string;
  birthday?: string;
  region?: string;
  city?: string;
  tags: string[];
  custom: Record<string, unknown>;
}

/** A customer the patch changed, with `{ field: { from, to } }` for the timeline. */
export interface ProfileChange {
  customerId: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

// Profile columns, their API names, and how "empty" reads for each.
const fields = [
  ['display_name', 'displayName', `''`],
  ['real_name', 'realName', `''`],
  ['gender', 'gender', `''`],
  ['birthday', 'birthday', null],
  ['region', 'region', `''`],
  ['city', 'city', `''`],
] as const;

/**
 * Applies patches to active customers in one statement: fills empty profile fields (or
 * replaces them with `overwrite`), adds tags not yet present, merges custom values (kept
 * unless `overwrite`). Answers only the customers whose profile really changed.
 */
export async function applyProfilePatches(ex: Executor, patches: ProfilePatch[], options: { overwrite: boolean; now: Date }): Promise<ProfileChange[]> {
  if (patches.length === 0) return [];
  const column = (get: (p: ProfilePatch) => string | undefined) => sql.param(patches.map((p) => get(p) ?? null));
  const ow = sql.raw(options.overwrite ? 'true' : 'false');
  const next = fields.map(([col, , empty]) => {
    const c = sql.raw(`c.${col}`);
    const v = sql.raw(`v.${col}`);
    const cast = sql.raw(col === 'birthday' ? '::date' : '');
    const isEmpty = empty === null ? sql`${c} is null` : sql`coalesce(${c}::text, ${sql.raw(empty)}) = ${sql.raw(empty)}`;
    return sql`case when ${v} is not null and (${ow} or ${isEmpty}) then ${v}${cast} else ${c} end as ${sql.raw(col)}`;
  });
  const change = (name: string, col: string) =>
    sql`(${name}::text, case when n.${sql.raw(col)} is distinct from c.${sql.raw(col)} then jsonb_build_object('from', c.${sql.raw(col)}, 'to', n.${sql.raw(col)}) end)`;
  const diff = [...fields.map(([col, name]) => change(name, col)), change('tags', 'tags'), change('custom', 'custom')];
  const rows = await rowsOf<{ id: string; changes: Record<string, { from: unknown; to: unknown }> }>(
    ex,
    sql`
    with v as (
      select * from unnest(
        ${sql.param(patches.map((p) => p.customerId))}::uuid[],
        ${column((p) => p.displayName)}::text[], ${column((p) => p.realName)}::text[], ${column((p) => p.gender)}::text[],
        ${column((p) => p.birthday)}::text[], ${column((p) => p.region)}::text[], ${column((p) => p.city)}::text[],
        ${sql.param(patches.map((p) => JSON.stringify(p.tags)))}::text[], ${sql.param(patches.map((p) => JSON.stringify(p.custom)))}::text[]
      ) as v(id, display_name, real_name, gender, birthday, region, city, tags, custom)
    ),
    n as (
      select c.id, ${sql.join(next, sql`, `)},
        c.tags || array(select t from jsonb_array_elements_text(v.tags::jsonb) t where t <> all(c.tags)) as tags,
        case when ${ow} then c.custom || v.custom::jsonb else v.custom::jsonb || c.custom end as custom
      from customers c join v on v.id = c.id
      where c.status = 'active'
    ),
    d as (
      select n.*, coalesce(
        (select jsonb_object_agg(x.field, x.change) from (values ${sql.join(diff, sql`, `)}) as x(field, change) where x.change is not null),
        '{}'::jsonb
      ) as changes
      from n join customers c on c.id = n.id
    )
    update customers c set
      display_name = d.display_name, real_name = d.real_name, gender = d.gender, birthday = d.birthday,
      region = d.region, city = d.city, tags = d.tags, custom = d.custom, updated_at = ${options.now.toISOString()}::timestamptz
    from d
    where c.id = d.id and d.changes <> '{}'::jsonb
    returning c.id, d.changes`,
  );
  return rows.map((r) => ({ customerId: r.id, changes: r.changes }));
}

/** One `updated` history row per changed customer, in one statement. */
export async function insertUpdatedHistory(ex: Executor, rows: (ProfileChange & { id: string })[], actorLabel: string, now: Date): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into customer_history (id, customer_id, at, actor_label, action, changes)
    select id, customer_id, ${now.toISOString()}::timestamptz, ${actorLabel}, 'updated', changes::jsonb
    from unnest(
      ${sql.param(rows.map((r) => r.id))}::uuid[],
      ${sql.param(rows.map((r) => r.customerId))}::uuid[],
      ${sql.param(rows.map((r) => JSON.stringify(r.changes)))}::text[]
    ) as r(id, customer_id, changes)`);
}

/** Every profile field a seed or migration sets outright (no merging, no history). */
export interface ProfileRow {
  id: string;
  realName: string | null;
  gender: string | null;
  birthday: string | null;
  city: string;
  region: string;
  source: string;
  registeredAt: string | null;
  homeStoreId: string | null;
  tags: string[];
  consent: Record<string, unknown>;
  interests: Record<string, unknown>;
  preferredLocale: string | null;
}

/** Sets the given fields of many customers in one statement; `created_at` follows `registeredAt`. */
export async function setProfiles(ex: Executor, rows: ProfileRow[]): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`update customers c set real_name = x."realName", gender = x.gender, birthday = x.birthday, city = x.city,
      region = x.region, source = x.source, registered_at = x."registeredAt", created_at = coalesce(x."registeredAt", c.created_at),
      home_store_id = x."homeStoreId", tags = array(select jsonb_array_elements_text(x.tags)), consent = x.consent,
      interests = x.interests, preferred_locale = x."preferredLocale"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, "realName" text, gender text, birthday date, city text,
      region text, source text, "registeredAt" timestamptz, "homeStoreId" uuid, tags jsonb, consent jsonb, interests jsonb, "preferredLocale" text)
    where c.id = x.id`);
}
