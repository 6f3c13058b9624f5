import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import { messageIdList, normaliseMessageId } from '../rules/message-ids';

/** An inbound mail as the email channel sees it. */
export interface InboundMail {
  /** Normalised; a hash of the raw mail when the sender gave none (so re-deliveries still match). */
  messageId: string;
  from: { address: string; name: string };
  to: string[];
  subject: string;
  text: string;
  inReplyTo: string[];
  references: string[];
  /** Header values by lower-case name (the first of each). */
  headers: Map<string, string>;
  attachments: { filename: string | undefined; contentType: string; content: Buffer }[];
}

const first = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value);

/**
 * Parses a raw RFC 5322 mail. `envelopeFrom` is the SMTP MAIL FROM: an empty one (a bounce)
 * is recorded as `Return-Path: <>`.
 */
export async function parseMail(raw: Buffer, envelopeFrom?: string | null): Promise<InboundMail> {
  const parsed = await simpleParser(raw, { skipHtmlToText: false, skipTextToHtml: true, skipImageLinks: true });
  const headers = new Map<string, string>();
  for (const { key, line } of parsed.headerLines) {
    if (!headers.has(key)) headers.set(key, line.slice(line.indexOf(':') + 1).trim());
  }
  if (envelopeFrom === '') headers.set('return-path', '<>');
  const sender = first(parsed.from).find((a) => a.address) ?? { address: '', name: '' };
  const messageId = normaliseMessageId(parsed.messageId) ?? `${createHash('sha256').update(raw).digest('hex').slice(0, 40)}@inbound.invalid`;
  return {
    messageId,
    from: { address: (sender.address ?? '').trim().toLowerCase(), name: (sender.name ?? '').trim() },
    to: [...first(parsed.to), ...first(parsed.cc)].map((a) => (a.address ?? '').toLowerCase()).filter(Boolean),
    subject: (parsed.subject ?? '').trim(),
    text: (parsed.text ?? '').trim(),
    inReplyTo: messageIdList(parsed.inReplyTo),
    references: messageIdList(parsed.references),
    headers,
    attachments: parsed.attachments
      .filter((a) => a.contentDisposition !== 'inline' || !a.related)
      .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}
