import type { ImportMapping } from './rules/import-mapping';

/**
 * Builds a mapping from the CLI's `--map target=column` and `--set target=value` pairs
 * (split at the first `=`, so columns and values may contain one).
 * @example parseCliMapping(['id=InvoiceNo'], ['currency=GBP']) // { ok: true, mapping: { id: 'InvoiceNo', currency: { value: 'GBP' } } }
 */
export function parseCliMapping(map: string[], set: string[]): { ok: true; mapping: ImportMapping } | { ok: false; problems: string[] } {
  const mapping: ImportMapping = {};
  const problems: string[] = [];
  const read = (pair: string, option: string, asValue: boolean) => {
    const at = pair.indexOf('=');
    const target = at > 0 ? pair.slice(0, at).trim() : '';
    const source = at > 0 ? pair.slice(at + 1) : '';
    if (!target || (!asValue && source.trim() === '')) return void problems.push(`${option} ${pair}: write target=${asValue ? 'value' : 'column'}`);
    if (mapping[target] !== undefined) return void problems.push(`${target} is given twice`);
    mapping[target] = asValue ? { value: source } : source.trim();
  };
  for (const pair of map) read(pair, '--map', false);
  for (const pair of set) read(pair, '--set', true);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mapping };
}
