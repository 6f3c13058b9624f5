import { describe, expect, it } from 'vitest';
import { MAX_MENTIONS, mentionedEmails } from './mentions';

describe('mentionedEmails', () => {
  it.each([
    ['one mention', '@li@example.com please look', ['li@example.com']],
    ['lower-cases and keeps each once', '@Li@Example.com and again @li@example.com', ['li@example.com']],
    ['several, in order', 'cc @b@x.cn, @a@x.cn', ['b@x.cn', 'a@x.cn']],
    ['after Chinese text without a space', '请@wang@example.com处理', ['wang@example.com']],
    ['drops a sentence-ending full stop', 'ask @bob@example.com.', ['bob@example.com']],
    ['a plain address is no mention', 'mail bob@example.com', []],
    ['an @ without an address is no mention', '@bob please', []],
    ['nothing in empty text', '', []],
  ] as const)('%s', (_name, body, out) => expect(mentionedEmails(body)).toEqual(out));

  it(`stops at ${MAX_MENTIONS}`, () => {
    const body = Array.from({ length: 30 }, (_, i) => `@u${i}@x.cn`).join(' ');
    expect(mentionedEmails(body)).toHaveLength(MAX_MENTIONS);
  });
});
