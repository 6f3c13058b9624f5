import { safeFilename } from '../../email/rules/attachment-policy';

/** The image types a player may attach on the status page, and their usual extensions. */
export const SCREENSHOT_TYPES = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
} as const;
export type ScreenshotType = keyof typeof SCREENSHOT_TYPES;

/** A screenshot is at most this big (and never more than the ticket attachments allow). */
export const SCREENSHOT_MAX_BYTES = 5 * 1024 * 1024;

const startsWith = (bytes: Buffer, sig: number[], at = 0) => bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * The image type the bytes really are (by their signature), whatever the name or declared type says.
 * @example sniffImage(Buffer.from('hello')) // null
 */
export function sniffImage(bytes: Buffer): ScreenshotType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** Strict base64 (standard alphabet, optional padding, no data: prefix) → bytes; null when it is not. */
export function decodeBase64(text: string): Buffer | null {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 4 === 1 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  return Buffer.from(clean, 'base64');
}

export type ScreenshotVerdict =
  | { ok: true; filename: string; contentType: ScreenshotType }
  | { ok: false; code: 'attachment_empty' | 'attachment_too_large' | 'attachment_type_not_allowed' };

/**
 * Whether a status-page upload is kept: not empty, within `maxBytes`, an allowed image by its
 * bytes (a declared type, when given, must be an allowed image too). The name is made safe and
 * gets the extension of the real type.
 * @example screenshotVerdict({ filename: 'a.png', bytes: pngBytes }, 5_000_000) // { ok: true, filename: 'a.png', contentType: 'image/png' }
 */
export function screenshotVerdict(file: { filename: string; declaredType?: string; bytes: Buffer }, maxBytes: number): ScreenshotVerdict {
  if (file.bytes.length === 0) return { ok: false, code: 'attachment_empty' };
  if (file.bytes.length > maxBytes) return { ok: false, code: 'attachment_too_large' };
  const declared = (file.declaredType ?? '').split(';')[0]!.trim().toLowerCase();
  if (declared && !(declared in SCREENSHOT_TYPES)) return { ok: false, code: 'attachment_type_not_allowed' };
  const contentType = sniffImage(file.bytes);
  if (!contentType) return { ok: false, code: 'attachment_type_not_allowed' };
  const name = safeFilename(file.filename);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const exts: readonly string[] = SCREENSHOT_TYPES[contentType];
  const filename = exts.includes(ext) ? name : `${dot > 0 ? name.slice(0, dot) : name}.${exts[0]}`;
  return { ok: true, filename, contentType };
}
