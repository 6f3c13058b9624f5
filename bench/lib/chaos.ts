import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * One `guildhall start` (server mode) on a fixed 127.0.0.1 port that can be killed with
 * SIGKILL and started again on the same port, for crash tests.
 */
export class KillableServer {
  readonly baseUrl: string;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    private readonly env: Record<string, string>,
    readonly port: number,
    private readonly logFile: string,
  ) {
    this.baseUrl = `http://127.0.0.1:${port}`;
  }

  /** Starts the process and waits until /readyz answers 200; returns the milliseconds it took. */
  async start(): Promise<number> {
    const t0 = performance.now();
    const log = fs.openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [path.join(root, 'bin/guildhall.mjs'), 'start', '--no-seed'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(this.port), ...this.env },
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} (see ${this.logFile})`);
      try {
        if ((await fetch(`${this.baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) })).ok) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`server not ready after 90 s (see ${this.logFile})`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return performance.now() - t0;
  }

  /** SIGKILL: no shutdown hooks, open transactions are cut off mid-flight. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /** A clean stop (SIGTERM, SIGKILL after 5 s). */
  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}
