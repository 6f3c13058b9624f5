import { describe, expect, it } from 'vitest';
import { searchDocument, searchQuery, searchTokens } from './search-tokens';

describe('searchTokens', () => {
  it.each([
    ['segments Chinese into words', '我的账号被盗了怎么办', ['我', '的', '账号', '被盗', '了', '怎么', '怎么办']],
    ['adds the words inside a long one', '订单号', ['订单', '单号', '订单号']],
    ['lower-cases Latin words and drops punctuation', 'Login FAILED!! 登录不了', ['login', 'failed', '登录', '不了']],
    ['keeps numbers and ids', '订单 A123 金额 648', ['订单', 'a123', '金额', '648']],
    ['nothing in empty text', '', []],
    ['nothing in punctuation alone', '？！…', []],
  ] as const)('%s', (_name, text, out) => expect(searchTokens(text)).toEqual(out));

  it('splits an unknown word into characters the same way wherever it stands', () => {
    const alone = searchTokens('闪退');
    const inText = searchTokens('游戏一直闪退，进不去');
    expect(alone.every((t) => inText.includes(t))).toBe(true);
  });
});

describe('searchDocument and searchQuery', () => {
  it('joins the words with spaces', () => expect(searchDocument('账号被盗')).toBe('账号 被盗'));
  it('makes a query whose every word is in a ticket that says it', () => {
    const doc = new Set(searchDocument('我的账号被盗了怎么办').split(' '));
    const query = searchQuery('账号 被盗').split(' ');
    expect(query).toEqual(['账号', '被盗']);
    expect(query.every((w) => doc.has(w))).toBe(true);
  });
  it('keeps each query word once', () => expect(searchQuery('账号 账号 被盗')).toBe('账号 被盗'));
  it('answers an empty query for punctuation', () => expect(searchQuery('!!!')).toBe(''));
});
