/**
 * A short English line for a timeline entry; the web UI writes its own from type and data.
 * `data` is the stored event data with `amount` and `currency` for money events.
 * @example summarise('recharge', { amount: '68.00', currency: 'CNY', channel: 'wechat', status: 'paid' }) // 'Recharge 68.00 CNY via wechat (paid)'
 */
export function summarise(type: string, data: Record<string, unknown>): string {
  const text = (key: string) => (typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : undefined);
  const money = `${text('amount') ?? '0.00'} ${text('currency') ?? ''}`.trim();
  switch (type) {
    case 'recharge':
      return `Recharge ${money}${text('channel') ? ` via ${text('channel')}` : ''} (${text('status') ?? 'unknown'})`;
    case 'purchase':
      return `Purchase${describeLines(data.lines)}, ${money}`;
    case 'login':
      return `Logged in${text('device') ? ` on ${text('device')}` : ''}${text('region') ? ` from ${text('region')}` : ''}`;
    case 'logout':
      return 'Logged out';
    case 'play_session': {
      const mode = text('mode') ? ` (${text('mode')})` : '';
      const result = text('result') ? `: ${text('result')}` : '';
      return `Played ${text('game') ?? 'a game'}${mode} for ${formatDuration(Number(data.durationSeconds ?? 0))}${result}`;
    }
    case 'level_up':
      return `Reached level ${String(data.level ?? '?')}${text('game') ? ` in ${text('game')}` : ''}`;
    case 'visit':
      return 'Store visit';
    case 'custom':
      return `Custom event: ${text('name') ?? 'unnamed'}`;
    default:
      return type;
  }
}

function describeLines(lines: unknown): string {
  if (!Array.isArray(lines) || lines.length === 0) return '';
  const first = lines[0] as { product?: unknown; quantity?: unknown };
  const head = `${String(first.product ?? 'item')} ×${String(first.quantity ?? 1)}`;
  return lines.length === 1 ? ` of ${head}` : ` of ${head} and ${lines.length - 1} more`;
}

/**
 * Seconds as a short duration.
 * @example formatDuration(45) // '45 s'; formatDuration(1500) // '25 min'; formatDuration(3900) // '1 h 5 min'
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 60) return `${Math.max(0, Math.floor(seconds || 0))} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}
