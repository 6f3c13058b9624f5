import { expect } from 'vitest';
import { signIn, type SignedIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { EventEnvelope, EventName } from '../../platform/bus/events';
import { FakeClock } from '../../platform/clock';

// Shared set-up of the tickets integration tests: two departments (A with a team), agents in
// each, a supervisor (tickets:read_all), and a customer with a phone and an email.

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Answer = { statusCode: number; json(): any; body: string };

export interface TicketsKit {
  t: TestApp;
  clock: FakeClock;
  admin: SignedIn;
  supervisor: SignedIn;
  agentA: SignedIn;
  agentB: SignedIn;
  deptA: string;
  deptB: string;
  teamA: string;
  customerId: string;
  published: EventEnvelope[];
  api(method: Method, url: string, body?: unknown, as?: SignedIn | Record<string, string>): Promise<Answer>;
  /** Creates a ticket as admin (in department A unless said otherwise) and answers it. */
  ticket(body?: Record<string, unknown>, as?: SignedIn): Promise<any>;
  /** Creates a customer and answers its id. */
  customer(displayName?: string, phone?: string): Promise<string>;
}

let seq = 0;

export async function ticketsKit(start = '2026-06-01T10:00:00Z', env: Record<string, string> = {}): Promise<TicketsKit> {
  const clock = new FakeClock(start);
  const t = await createTestApp({ clock, env });
  const admin = await signIn(t, 'admin');
  const published: EventEnvelope[] = [];
  for (const name of ['ticket.created', 'ticket.updated', 'ticket.message_added', 'ticket.merged'] as EventName[]) {
    t.deps.bus.subscribe(name, (e) => void published.push(e as EventEnvelope));
  }
  const api: TicketsKit['api'] = (method, url, body, as = admin) => {
    const headers = 'headers' in as ? (as as SignedIn).headers : (as as Record<string, string>);
    return t.app.inject({ method, url: `/api/v1${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
  };
  const created = async (method: Method, url: string, body: unknown) => {
    const res = await api(method, url, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const n = ++seq;
  const deptA = (await created('POST', '/departments', { code: `dept_a_${n}`, name: 'Department A' })).id as string;
  const deptB = (await created('POST', '/departments', { code: `dept_b_${n}`, name: 'Department B' })).id as string;
  const teamA = (await created('POST', '/teams', { departmentId: deptA, name: 'Team A1' })).id as string;
  const customer: TicketsKit['customer'] = async (displayName = '夜雨', phone = `1381234${String(1000 + ++seq).slice(-4)}`) =>
    (await created('POST', '/customers', { displayName, realName: '张伟', identities: [{ type: 'phone', value: phone }, { type: 'email', value: `p${phone}@example.com` }] })).id;
  const customerId = await customer();
  const kit: TicketsKit = {
    t,
    clock,
    admin,
    supervisor: await signIn(t, 'supervisor'),
    agentA: await signIn(t, 'agent', { departmentId: deptA }),
    agentB: await signIn(t, 'agent', { departmentId: deptB }),
    deptA,
    deptB,
    teamA,
    customerId,
    published,
    api,
    customer,
    async ticket(body = {}, as = admin) {
      const res = await api('POST', '/tickets', { subject: 'Cannot log in', channel: 'web', requesterId: customerId, departmentId: deptA, ...body }, as);
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    },
  };
  return kit;
}
