export type DeliveryStatus = 'received' | 'sent' | 'pending' | 'retrying' | 'failed';

/**
 * Where a mail stands, for the agent: inbound mail was received; outbound mail is sent, waiting
 * for its first try, retrying after a refusal, or failed for good after the last attempt.
 * @example deliveryStatus({ direction: 'out', sentAt: null, attempts: 2, lastError: '421' }, 10) // 'retrying'
 */
export function deliveryStatus(m: { direction: string; sentAt: Date | null; attempts: number; lastError: string | null }, maxAttempts: number): DeliveryStatus {
  if (m.direction === 'in') return 'received';
  if (m.sentAt) return 'sent';
  if (m.attempts >= maxAttempts) return 'failed';
  return m.lastError ? 'retrying' : 'pending';
}
