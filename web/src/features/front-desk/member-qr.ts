/**
 * The text a member card's QR code carries, e.g. `GH1:card:6200001234`; the desk lookup reads
 * it back to the card number.
 *
 * Mirrors `memberQrPayload` in src/modules/membership/rules/member-qr.ts, which owns the format
 * and its parser. The web app takes only types from the server (`import type`, erased at build),
 * never its runtime code, so the one-line builder is copied here; change both or neither, since
 * printed codes must keep working.
 * @example memberQrPayload('6200001234') // 'GH1:card:6200001234'
 */
export function memberQrPayload(cardNumber: string): string {
  return `GH1:card:${cardNumber}`;
}
