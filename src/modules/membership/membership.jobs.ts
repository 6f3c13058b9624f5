import type { AppDeps } from '../../app';

/** The membership module's background work (durable jobs and schedules); nothing when jobs are off. */
export async function startMembershipJobs(deps: AppDeps): Promise<void> {
  if (!deps.jobs) return;
}
