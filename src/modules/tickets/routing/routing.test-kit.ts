import type { SignedIn } from '../../../../test/helpers/auth';
import type { TicketsKit } from '../tickets.test-kit';

/** The kit's API call with every method routing uses (PUT too) and the whole response. */
export function routingApi(k: TicketsKit) {
  return (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, as: SignedIn = k.admin) =>
    k.t.app.inject({ method, url: `/api/v1${url}`, headers: as.headers, ...(body === undefined ? {} : { payload: body as object }) });
}
