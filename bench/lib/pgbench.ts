import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from './tools';
import type { LoadResult } from './wrk';

/** Runs one SQL statement as a pgbench custom script (prepared protocol) and reads per-transaction latencies. */
export function runPgbench(url: string, sql: string, options: { clients: number; seconds: number }): LoadResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-pgbench-'));
  const script = path.join(dir, 'lookup.sql');
  fs.writeFileSync(script, `${sql};\n`);
  const u = new URL(url);
  const args = [
    '-n', '-M', 'prepared', '-c', String(options.clients), '-j', '2', '-T', String(options.seconds),
    '-f', script, '-l', '--log-prefix', path.join(dir, 'log'),
    '-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres'), u.pathname.slice(1),
  ];
  const out = execFileSync('pgbench', args, { encoding: 'utf8', cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const tps = Number(/tps = ([\d.]+)/.exec(out)?.[1]);
  const latencies: number[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('log'))) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const us = Number(line.split(' ')[2]);
      if (Number.isFinite(us) && line) latencies.push(us / 1000);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return { connections: options.clients, requestsPerSec: tps, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), non2xx: 0 };
}
