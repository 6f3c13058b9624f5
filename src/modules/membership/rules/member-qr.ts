import { normaliseCardNumber } from './card-number';

/**
 * What a member QR code says: a version tag, then what it names. Printed codes live for years,
 * so this text never changes; a new format gets a new tag (GH2) and the old one stays readable.
 * The web app keeps a copy of the builder (web/src/features/front-desk/member-qr.ts).
 */
const PREFIX = 'GH1:card:';
const PAYLOAD = /^GH1:CARD:(.+)$/i;

/**
 * The text a member card's QR code carries.
 * @example memberQrPayload('6200001234') // 'GH1:card:6200001234'
 */
export function memberQrPayload(cardNumber: string): string {
  return PREFIX + cardNumber;
}

/**
 * The card number a scanned member QR names, normalised as a typed number is, or null when the
 * text is not a member QR (or names no valid card number). A keyboard-like scanner may add
 * whitespace or change the case, so both are tolerated.
 * @example parseMemberQr(' gh1:CARD:ab-12\n') // 'AB-12'
 */
export function parseMemberQr(text: string): string | null {
  const match = PAYLOAD.exec(text.trim());
  return match ? normaliseCardNumber(match[1]!) : null;
}
