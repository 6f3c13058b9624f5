import type { AppDeps } from '../../app';
import type { FileStorage } from '../../platform/storage/storage';
import type { TicketContext } from '../tickets/ticket-context';
import type { Mailer } from './outbound/mailer';

/** What the email channel works with: the app's collaborators, a mailer (none when outbound is off) and the attachments store. */
export type EmailDeps = Pick<AppDeps, 'config' | 'database' | 'bus' | 'clock' | 'ids' | 'logger'> & {
  mailer: Mailer | undefined;
  storage: FileStorage;
};

/** The channel acts as the system: it sees every ticket and shows customers masked. */
export const emailTicketContext: TicketContext = {
  actor: { type: 'system', id: null, label: 'email' },
  scope: { all: true },
  viewer: { pii: false },
  userId: null,
};

/** Our own addresses: never a customer, never answered. */
export function ourAddresses(config: AppDeps['config']): string[] {
  return [config.email.outbound.from.toLowerCase(), ...config.email.inbound.addresses];
}
