// Message-IDs and ticket tags in subjects: how mails find their thread.

const ID_IN_BRACKETS = /<([^<>\s]+)>/g;
const TICKET_TAG = /\[#(\d{6,18})\]/;

/**
 * A Message-ID as stored: without angle brackets, trimmed, lower-cased; null when empty.
 * @example normaliseMessageId(' <AbC@mail.example.com> ') // 'abc@mail.example.com'
 */
export function normaliseMessageId(raw: string | null | undefined): string | null {
  const id = (raw ?? '').trim().replace(/^<|>$/g, '').trim().toLowerCase();
  return id && id.length <= 500 && !/\s/.test(id) ? id : null;
}

/**
 * Every Message-ID in a References / In-Reply-To value (a string or mailparser's list), in order.
 * @example messageIdList('<a@x> <b@y>') // ['a@x', 'b@y']
 */
export function messageIdList(raw: string | string[] | null | undefined): string[] {
  const values = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const out: string[] = [];
  for (const value of values) {
    const bracketed = [...value.matchAll(ID_IN_BRACKETS)].map((m) => m[1]!);
    for (const id of bracketed.length > 0 ? bracketed : [value]) {
      const n = normaliseMessageId(id);
      if (n && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

/** A Message-ID we generate for an outbound mail, on the domain of our from address. */
export function newMessageId(unique: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1]?.toLowerCase() || 'guildhall.local';
  return `${unique}@${domain}`;
}

/**
 * The ticket number a subject names as `[#100042]`, or null.
 * @example ticketNumberInSubject('Re: [#100042] 充值未到账') // 100042
 */
export function ticketNumberInSubject(subject: string): number | null {
  const m = TICKET_TAG.exec(subject);
  return m ? Number(m[1]) : null;
}

/**
 * The subject of a mail on a ticket: `[#number] subject`, the tag once, reply prefixes dropped.
 * @example ticketSubject(100042, 'Re: [#100042] Cannot log in') // '[#100042] Cannot log in'
 */
export function ticketSubject(number: number, subject: string): string {
  let s = subject.replace(TICKET_TAG, ' ').trim();
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/^(re|fw|fwd|aw|sv|回复|答复|转发)\s*[:：]\s*/i, '').trim();
  }
  return `[#${number}] ${s || '(no subject)'}`.trim();
}
