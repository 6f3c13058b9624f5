import { authReadBenchmark } from './auth-read.bench';
import { ingestBenchmark } from './ingest.bench';
import { customerSearchBenchmark } from './customer-search.bench';
import { importBenchmark } from './import.bench';
import { venuesBenchmark } from './venues.bench';
import { walletBenchmark } from './wallet.bench';
import { ticketsBenchmark } from './tickets.bench';

/** Runs every benchmark against the local PostgreSQL and Redis and rewrites docs/benchmarks.md. */
export async function runBenchmarks(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const only = process.env.BENCH_ONLY?.split(',');
  const run = (name: string) => !only || only.includes(name);
  if (run('auth-read')) await authReadBenchmark(adminUrl, redisUrl);
  if (run('ingest')) await ingestBenchmark(adminUrl, redisUrl);
  if (run('customer-search')) await customerSearchBenchmark(adminUrl, redisUrl);
  if (run('import')) await importBenchmark(adminUrl, redisUrl);
  if (run('venues')) await venuesBenchmark(adminUrl, redisUrl);
  if (run('wallet')) await walletBenchmark(adminUrl, redisUrl);
  if (run('tickets')) await ticketsBenchmark(adminUrl, redisUrl);
}
