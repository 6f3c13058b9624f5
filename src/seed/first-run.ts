import type { AppDeps } from '../app';

export interface DemoLogin {
  email: string;
  password: string;
}

/** Seeds the organisation on the first start; with `demo`, the demo chain and staff. */
export async function onFirstRun(
  _deps: AppDeps,
  _options: { demo: boolean; force?: boolean },
): Promise<DemoLogin | undefined> {
  return undefined;
}
