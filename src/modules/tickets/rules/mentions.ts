/** At most this many people are mentioned in one note. */
export const MAX_MENTIONS = 20;

// `@` then an (ASCII) address: the mention starts the text or follows anything but an address
// character, so "mail bob@example.com" mentions nobody, while "ask @bob@example.com" and
// "请@bob@example.com处理" mention bob.
const MENTION = /(?:^|[^A-Za-z0-9_.%+@-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;

/**
 * The staff emails a note mentions as `@<email>`, lower-cased, each once, in order of first
 * mention (at most MAX_MENTIONS; a trailing full stop is not part of the address).
 * @example mentionedEmails('@Li.Na@example.com 请看一下，也抄送 @wang@example.com.') // ['li.na@example.com', 'wang@example.com']
 */
export function mentionedEmails(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(MENTION)) {
    const email = match[1]!.replace(/\.+$/, '').toLowerCase();
    if (!found.includes(email)) found.push(email);
    if (found.length === MAX_MENTIONS) break;
  }
  return found;
}
