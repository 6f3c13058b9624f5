import { prepareTemplate } from './helpers/test-database';

/** Migrates the PGlite template once per run; each test file loads a copy. */
export default async function setup(): Promise<() => Promise<void>> {
  return prepareTemplate('pglite');
}
