import type { Db } from '../../platform/db/database';
import { findCustomerById, identitiesOf } from '../customers/customers.repository';
import { listCustomerEvents } from '../events/events-query.service';
import { parseCents } from '../events/rules/money';
import type { AccountFacts } from './rules/appeal-evidence';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** What is on file about an account's owner: bound phones and emails, logins, paid recharges, first region. */
export async function accountFacts(db: Db, customerId: string | null): Promise<AccountFacts> {
  if (!customerId) return { phones: [], emails: [], logins: [], recharges: [], creationRegion: null };
  const ids = await identitiesOf(db, [customerId], ['phone', 'email']);
  const logins = await listCustomerEvents(db, customerId, { types: ['login'], limit: 200 });
  const recharges = (await listCustomerEvents(db, customerId, { types: ['recharge'], limit: 50 })).filter((e) => e.data.status === 'paid');
  const profile = await findCustomerById(db, customerId);
  const first = logins.at(-1);
  return {
    phones: ids.filter((i) => i.type === 'phone').map((i) => i.value),
    emails: ids.filter((i) => i.type === 'email').map((i) => i.value),
    logins: logins.map((e) => ({ at: new Date(e.at), device: str(e.data.device), region: str(e.data.region) })),
    recharges: recharges.map((e) => ({ orderId: String(e.data.orderId ?? ''), amountCents: parseCents(e.data.amount), at: new Date(e.at) })),
    creationRegion: str(first?.data.region) ?? (str(profile?.city) || str(profile?.region)),
  };
}
