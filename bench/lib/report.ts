import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const file = path.resolve(import.meta.dirname, '../../docs/benchmarks.md');
const header = `# Benchmarks

Written by \`npm run bench\` (each benchmark replaces its own section). Figures are from one
run on the machine named in the section; compare a row only with the raw limit measured in
the same run.
`;

/** One line naming the machine: CPU model and count, memory, Node and PostgreSQL versions. */
export function machineLine(pgVersion: string): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  const mem = Math.round(os.totalmem() / 2 ** 30);
  let kernel = os.release();
  try {
    kernel = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
  } catch {
    /* keep os.release() */
  }
  return `${os.cpus().length} × ${cpu}, ${mem} GiB RAM, ${kernel}, Node ${process.version}, ${pgVersion}`;
}

/** Replaces (or appends) the section `id` of docs/benchmarks.md. */
export function writeSection(id: string, markdown: string): void {
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : header;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  doc = re.test(doc) ? doc.replace(re, block) : `${doc.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, doc);
}
