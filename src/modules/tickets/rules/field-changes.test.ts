import { describe, expect, it } from 'vitest';
import { fieldChanges, normaliseTags } from './field-changes';

describe('fieldChanges', () => {
  it.each([
    ['a changed priority', { priority: 'normal' }, { priority: 'high' }, [{ field: 'priority', from: 'normal', to: 'high' }]],
    ['the same value is no change', { priority: 'high' }, { priority: 'high' }, []],
    ['a field left out is no change', { priority: 'high' }, {}, []],
    ['clearing a value', { assigneeId: 'u1' }, { assigneeId: null }, [{ field: 'assigneeId', from: 'u1', to: null }]],
    ['tags compared by content', { tags: ['a', 'b'] }, { tags: ['a', 'b'] }, []],
    ['tags in another order are a change', { tags: ['a', 'b'] }, { tags: ['b', 'a'] }, [{ field: 'tags', from: ['a', 'b'], to: ['b', 'a'] }]],
    ['custom values whatever the key order', { custom: { a: 1, b: 2 } }, { custom: { b: 2, a: 1 } }, []],
    ['several fields in trail order', { status: 'new', subject: 'x' }, { status: 'open', subject: 'y' }, [
      { field: 'subject', from: 'x', to: 'y' },
      { field: 'status', from: 'new', to: 'open' },
    ]],
  ] as const)('%s', (_name, before, after, out) => expect(fieldChanges(before, after)).toEqual(out));
});

describe('normaliseTags', () => {
  it.each([
    [[' vip', 'vip', '', '退款'], ['vip', '退款']],
    [['  '], []],
    [['b', 'a'], ['b', 'a']],
  ])('%j → %j', (tags, out) => expect(normaliseTags(tags)).toEqual(out));
});
