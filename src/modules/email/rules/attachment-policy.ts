/** An attachment as it arrived. */
export interface AttachmentInput {
  filename: string | null | undefined;
  contentType: string | null | undefined;
  size: number;
}

export type AttachmentVerdict =
  | { ok: true; filename: string; contentType: string }
  | { ok: false; reason: 'too_large' | 'blocked_type' | 'empty' };

/** Executables and scripts: never kept, whatever the declared type. */
const BLOCKED_EXTENSIONS = new Set(['exe', 'bat', 'cmd', 'com', 'scr', 'pif', 'msi', 'js', 'jse', 'vbs', 'vbe', 'wsf', 'ps1', 'jar', 'sh', 'dll', 'cpl', 'hta', 'lnk']);
const BLOCKED_TYPES = new Set(['application/x-msdownload', 'application/x-msdos-program', 'application/x-sh', 'application/javascript', 'text/javascript', 'application/java-archive']);
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/**
 * A file name safe in a header and on any disk: no path, no control characters or quotes,
 * at most 200 characters (the extension kept).
 * @example safeFilename('../../截图 "1".png') // '截图 1.png'
 */
export function safeFilename(raw: string | null | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  if (!clean) return 'attachment';
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 12 ? clean.slice(dot) : '';
  return clean.slice(0, 200 - ext.length) + ext;
}

/**
 * Whether an attachment is kept, and under which name and type: within the size limit, not
 * empty, not an executable. Unknown or malformed types are kept as `application/octet-stream`.
 */
export function attachmentVerdict(a: AttachmentInput, maxBytes: number): AttachmentVerdict {
  if (a.size <= 0) return { ok: false, reason: 'empty' };
  if (a.size > maxBytes) return { ok: false, reason: 'too_large' };
  const filename = safeFilename(a.filename);
  const ext = filename.includes('.') ? filename.split('.').pop()!.toLowerCase() : '';
  const declared = (a.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (BLOCKED_EXTENSIONS.has(ext) || BLOCKED_TYPES.has(declared)) return { ok: false, reason: 'blocked_type' };
  return { ok: true, filename, contentType: MIME.test(declared) ? declared : 'application/octet-stream' };
}
