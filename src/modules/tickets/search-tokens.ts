import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// PostgreSQL has no Chinese parser: text is segmented here with jieba and the space-joined
// words are indexed with the `simple` configuration (which only splits on spaces and
// punctuation and lower-cases). Search mode also emits the shorter words inside long ones
// (订单号 → 订单, 单号, 订单号), so a query for a part finds the whole. The HMM guesser is
// off: a word it does not know splits into single characters the same way in a ticket and
// in a query, wherever it stands (闪退 → 闪 退), which a context-dependent guess would not.

let jieba: Jieba | undefined;
/** The segmenter, loaded on first use (the dictionary takes ~0.3 s). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** A lexeme must fit in a tsvector (2 KiB); longer runs (base64, hashes) are cut. */
const MAX_TOKEN = 100;
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The words of a text for the search index: segmented, lower-cased, without punctuation or
 * white space, in order (repeats kept: they weigh in the ranking).
 * @example searchTokens('我的账号被盗了怎么办') // ['我', '的', '账号', '被盗', '了', '怎么', '怎么办']
 */
export function searchTokens(text: string): string[] {
  if (!text) return [];
  return segmenter()
    .cutForSearch(text, false)
    .map((t) => t.trim().toLowerCase().slice(0, MAX_TOKEN))
    .filter((t) => WORDLIKE.test(t));
}

/** The words of a text joined by spaces, as `to_tsvector('simple', …)` takes them. */
export function searchDocument(text: string): string {
  return searchTokens(text).join(' ');
}

/** At most this many words of a query are searched for (all must match). */
export const MAX_QUERY_TOKENS = 32;

/**
 * A search query as space-joined words for `plainto_tsquery('simple', …)`: segmented like the
 * tickets, each word once. Empty when the query holds no word at all.
 * @example searchQuery('账号 被盗') // '账号 被盗'
 */
export function searchQuery(q: string): string {
  return [...new Set(searchTokens(q))].slice(0, MAX_QUERY_TOKENS).join(' ');
}
