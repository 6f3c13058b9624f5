import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';

export interface LoadResult {
  connections: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
}

function toMs(value: string): number {
  const m = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 's' ? n * 1000 : n;
}

type WrkOptions = { connections: number; seconds: number; threads?: number; headers?: Record<string, string>; script?: string };

function wrkArgs(url: string, options: WrkOptions): string[] {
  const args = ['-t', String(options.threads ?? 1), '-c', String(options.connections), '-d', `${options.seconds}s`, '--latency'];
  for (const [k, v] of Object.entries(options.headers ?? {})) args.push('-H', `${k}: ${v}`);
  if (options.script) args.push('-s', options.script);
  return [...args, url];
}

function parseWrk(out: string, connections: number): LoadResult {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = /\s50%\s+(\S+)/.exec(out)?.[1] ?? '';
  const p99 = /\s99%\s+(\S+)/.exec(out)?.[1] ?? '';
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  return { connections, requestsPerSec: rps, p50Ms: toMs(p50), p99Ms: toMs(p99), non2xx };
}

/** Runs wrk against one URL and parses throughput and latency percentiles. */
export function runWrk(url: string, options: WrkOptions): LoadResult {
  return parseWrk(execFileSync('wrk', wrkArgs(url, options), { encoding: 'utf8' }), options.connections);
}

/** `runWrk` without blocking the event loop, for a server running in this process. */
export async function runWrkAsync(url: string, options: WrkOptions): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)('wrk', wrkArgs(url, options), { encoding: 'utf8' });
  return parseWrk(stdout, options.connections);
}
