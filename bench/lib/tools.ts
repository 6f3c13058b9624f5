import { execFileSync, spawnSync } from 'node:child_process';

/** Installs a Debian package when its command is missing (benchmarks run as root on the dev/CI machine). */
export function ensureCommand(command: string, debianPackage = command): void {
  if (spawnSync('which', [command]).status === 0) return;
  console.log(`installing ${debianPackage} for the benchmark…`);
  execFileSync('bash', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage}`], {
    stdio: 'inherit',
  });
}

/** Percentile of an ascending-sorted array (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
