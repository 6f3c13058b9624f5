import { prepareTemplate } from './helpers/test-database';

/** Creates the migrated PostgreSQL template database; each test file gets a database copied from it. */
export default async function setup(): Promise<() => Promise<void>> {
  return prepareTemplate('pg');
}
