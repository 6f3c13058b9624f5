/** Which inbound recipients the listener takes: configured addresses and domains, else only our from address. */
export interface RecipientPolicy {
  addresses: readonly string[];
  domains: readonly string[];
  from: string;
}

/**
 * Does our listener accept mail for this address? Everything else is refused at RCPT TO, so
 * the listener is no open relay.
 * @example acceptsRecipient('Support@Game.Example', { addresses: [], domains: ['game.example'], from: 'x@y' }) // true
 */
export function acceptsRecipient(address: string, p: RecipientPolicy): boolean {
  const a = address.trim().toLowerCase();
  const domain = a.split('@')[1] ?? '';
  if (!domain) return false;
  if (p.addresses.length === 0 && p.domains.length === 0) return a === p.from.toLowerCase();
  return p.addresses.includes(a) || p.domains.includes(domain);
}
