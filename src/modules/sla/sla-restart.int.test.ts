import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import type { TestApp } from '../../../test/helpers/test-app';
import { createTestDatabase } from '../../../test/helpers/test-database';
import { loadConfig } from '../../config';
import { FakeClock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import { createRuntime, type Runtime } from '../../runtime';
import { runSlaSweep } from './sla-sweep';
import { waitFor } from './sla.test-kit';
import { findSla } from './sla.repository';

const clock = new FakeClock('2026-06-01T04:00:00Z');
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false' });
let database: Database;
let current: Runtime | null = null;

/** An app instance on the shared database, as after a process restart. */
async function start(): Promise<TestApp> {
  current = await createRuntime(config, { database, clock });
  return { ...current, clock };
}

const sweep = (t: TestApp) => runSlaSweep({ ...t.deps, mailer: undefined }, clock.now());
const kinds = async (t: TestApp) =>
  (await t.deps.database.query<{ kind: string; user_id: string; email_status: string }>('select kind, user_id, email_status from notifications order by created_at, kind'));

afterAll(async () => {
  await current?.close();
  await database?.close();
});

describe('SLA across a restart', () => {
  it('neither repeats nor loses a step when a new instance takes over, and catches up a missed change', async () => {
    database = await createTestDatabase();
    const a = await start();
    const admin = await signIn(a, 'admin');
    const post = async (url: string, body: object) => {
      const res = await a.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: admin.headers, payload: body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const dept = (await post('/departments', { code: 'care', name: '客服部' })).id;
    const team = (await post('/teams', { departmentId: dept, name: '一组' })).id;
    const lead = await signIn(a, 'team_lead', { departmentId: dept, teamId: team });
    const supervisor = await signIn(a, 'supervisor', { departmentId: dept });
    const manager = await signIn(a, 'manager', { departmentId: dept });
    const customer = (await post('/customers', { displayName: '夜雨', identities: [{ type: 'phone', value: '13812340000' }] })).id;
    const ticket = await post('/tickets', { subject: '充值未到账', channel: 'chat', requesterId: customer, teamId: team });
    await waitFor(() => findSla(a.deps.database.db, ticket.id), 'the SLA row');

    clock.advance(25_000);
    expect((await sweep(a)).steps).toBe(1);
    expect(await kinds(a)).toEqual([{ kind: 'sla.warning', user_id: lead.user.id, email_status: 'skipped' }]);
    await a.close();
    current = null;

    // While no instance listened, the ticket went to pending_customer (its event was lost).
    await database.query(`update tickets set status = 'pending_customer', updated_at = $2 where id = $1`, [ticket.id, clock.now()]);
    await database.query(
      `insert into ticket_changes (id, ticket_id, field, from_value, to_value, actor, at) values (gen_random_uuid(), $1, 'status', '"new"', '"pending_customer"', 'system', $2)`,
      [ticket.id, clock.now()],
    );

    // The new instance runs the same minute again (as a retried job would): nothing repeats.
    const b = await start();
    expect(await sweep(b)).toMatchObject({ synced: 1, steps: 0, notified: 0 });
    const caught = await findSla(b.deps.database.db, ticket.id);
    expect(caught?.pausedSince?.toISOString()).toBe(clock.now().toISOString());

    clock.advance(6_000);
    expect(await sweep(b)).toMatchObject({ steps: 1, notified: 1 });
    expect(await sweep(b)).toMatchObject({ steps: 0, notified: 0 });
    clock.advance(30_000);
    expect(await sweep(b)).toMatchObject({ steps: 1, notified: 1 });
    clock.advance(3_600_000);
    expect(await sweep(b)).toMatchObject({ steps: 0 }); // resolution is paused: no warning however long
    expect((await kinds(b)).map((n) => [n.kind, n.user_id])).toEqual([
      ['sla.warning', lead.user.id],
      ['sla.breach', supervisor.user.id],
      ['sla.escalation', manager.user.id],
    ]);
    expect(await findSla(b.deps.database.db, ticket.id)).toMatchObject({ escalationLevel: 3 });
  }, 120_000);
});
