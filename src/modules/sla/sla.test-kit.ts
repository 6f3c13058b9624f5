import { logIn, signIn, type SignedIn } from '../../../test/helpers/auth';
import { ticketsKit, type TicketsKit } from '../tickets/tickets.test-kit';
import type { SlaMailer } from './notification-mail';
import { runSlaSweep, type SweepReport } from './sla-sweep';
import { findSla, type TicketSlaRow } from './sla.repository';

// The SLA integration set-up on top of the tickets kit: department A with a team lead of team
// A1, a supervisor and a manager of the department, a mailer that keeps what it sends, and a
// clock at Monday 2026-06-01 09:00 in Shanghai (01:00 UTC).

export interface SlaKit extends TicketsKit {
  teamLead: SignedIn;
  deptSupervisor: SignedIn;
  manager: SignedIn;
  mails: { to: string; subject: string; text: string }[];
  mailer: SlaMailer;
  /** Moves the clock to `iso` and signs everyone in again (sessions last 12 hours). */
  at(iso: string): Promise<void>;
  /** Runs the sweep at the clock's time with the capturing mailer. */
  sweep(): Promise<SweepReport>;
  /** Waits until the ticket's SLA row satisfies `probe` (the bus handler runs after the request answers). */
  slaRow(ticketId: string, probe?: (row: TicketSlaRow) => boolean): Promise<TicketSlaRow>;
}

/** Polls `probe` until it answers something truthy (async event handling). */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what = 'condition', ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function slaKit(start = '2026-06-01T01:00:00Z'): Promise<SlaKit> {
  const kit = await ticketsKit(start);
  const mails: SlaKit['mails'] = [];
  const mailer: SlaMailer = { send: async (m) => void mails.push(m), close: () => {} };
  const deps = { ...kit.t.deps, mailer };
  const teamLead = await signIn(kit.t, 'team_lead', { departmentId: kit.deptA, teamId: kit.teamA, locale: 'en' });
  const deptSupervisor = await signIn(kit.t, 'supervisor', { departmentId: kit.deptA });
  const manager = await signIn(kit.t, 'manager', { departmentId: kit.deptA });
  const everyone = [kit.admin, kit.supervisor, kit.agentA, kit.agentB, teamLead, deptSupervisor, manager];
  return {
    ...kit,
    teamLead,
    deptSupervisor,
    manager,
    async at(iso) {
      kit.clock.set(iso);
      for (const who of everyone) Object.assign(who.headers, (await logIn(kit.t, who.user.email, who.password)).headers);
    },
    mails,
    mailer,
    sweep: () => runSlaSweep(deps, kit.clock.now()),
    slaRow: (ticketId, probe = () => true) =>
      waitFor(async () => {
        const row = await findSla(kit.t.deps.database.db, ticketId);
        return row && probe(row) ? row : undefined;
      }, `SLA of ${ticketId}`),
  };
}
