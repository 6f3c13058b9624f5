import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';

// Shared set-up of the ingest integration tests: an app whose clock stands at 2026-03-15 12:00
// UTC (events up to then are not in the future), the options of a test source that creates
// unknown players, and a paid recharge of 10.00 CNY.

const INGEST_NOW = '2026-03-15T12:00:00Z';

/** Ingest options of the test source: unknown players become new customers. */
export const ingestOptions = { source: 'test', createUnknownCustomers: true };

/** A test app at {@link INGEST_NOW}. */
export function ingestTestApp(): Promise<TestApp> {
  return createTestApp({ clock: new FakeClock(INGEST_NOW) });
}

/** A paid recharge of 10.00 CNY by `customer`, its order id the event id. */
export function recharge(id: string, customer: Record<string, unknown>, occurredAt = '2026-03-01T10:00:00Z') {
  return {
    id,
    type: 'recharge',
    occurredAt,
    customer,
    data: { orderId: id, amount: '10.00', currency: 'CNY', channel: 'alipay', status: 'paid' },
  };
}
