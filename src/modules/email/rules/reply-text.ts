// Taking the new text out of a reply: mail clients quote the whole history below it.

const SINGLE_LINE_MARKERS: RegExp[] = [
  /^-{2,}\s*(original message|forwarded message)\s*-{2,}/i, // Outlook, Gmail forward
  /^-{2,}\s*原始邮件\s*-{2,}/, // QQ Mail, Foxmail
  /^_{10,}\s*$/, // Outlook on the web
  /^在.{1,200}写道\s*[：:]\s*$/, // Chinese Gmail / Apple Mail: 在 2026年12月1日 … 写道：
  /^on .{1,300}wrote:\s*$/i, // English: On Mon, 1 Dec 2026 … wrote:
  /^.{1,200}\s(schrieb|a écrit|escribió)\s*:\s*$/i,
];

/** A quote header that a client wrapped onto two lines ("On … <\nsupport@x> wrote:"). */
const WRAPPED_WROTE = /^on\s.{1,300}$/i;
/** Outlook's header block: "From: …" followed within three lines by "Sent:" / "Date:" (or the Chinese labels). */
const HEADER_FROM = /^\*?(from|发件人)\s*[:：]/i;
const HEADER_NEXT = /^\*?(sent|date|to|subject|发送时间|日期|收件人|主题)\s*[:：]/i;

function startsQuote(lines: string[], i: number): boolean {
  const line = lines[i]!.trim();
  if (SINGLE_LINE_MARKERS.some((re) => re.test(line))) return true;
  const next = lines[i + 1]?.trim() ?? '';
  if (WRAPPED_WROTE.test(line) && /wrote:\s*$/i.test(next) && !/wrote:\s*$/i.test(line)) return true;
  if (line.startsWith('在') && /写道\s*[：:]\s*$/.test(next)) return true;
  if (HEADER_FROM.test(line)) return lines.slice(i + 1, i + 4).some((l) => HEADER_NEXT.test(l.trim()));
  return false;
}

/**
 * The text a customer wrote above the quoted history: cut at the first quote header ("On …
 * wrote:", "-----Original Message-----", "在 … 写道：", Outlook's From/Sent block) and drop
 * trailing `>` lines. A mail that is all quote keeps its text, so nothing is lost.
 * @example extractReplyText('Thanks!\n\nOn Mon, 1 Dec 2026, Support wrote:\n> Hi') // 'Thanks!'
 */
export function extractReplyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (startsQuote(lines, i)) {
      end = i;
      break;
    }
  }
  const kept = lines.slice(0, end);
  while (kept.length > 0 && (kept.at(-1)!.trim() === '' || kept.at(-1)!.trimStart().startsWith('>'))) kept.pop();
  const reply = kept.join('\n').trim();
  return reply || text.trim();
}
