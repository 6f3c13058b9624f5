import { describe, expect, it } from 'vitest';
import { treeOrder, withDescendants, wouldCycle, type CategoryNode } from './category-tree';

const node = (id: string, parentId: string | null, sort = 0): CategoryNode => ({ id, parentId, sort, code: id });
// account ─┬─ stolen ── appeal
//          └─ binding
// payment
const nodes = [node('payment', null, 2), node('account', null, 1), node('binding', 'account', 2), node('stolen', 'account', 1), node('appeal', 'stolen')];

describe('wouldCycle', () => {
  it.each([
    ['under its own child', 'account', 'stolen', true],
    ['under its grandchild', 'account', 'appeal', true],
    ['under itself', 'stolen', 'stolen', true],
    ['under a sibling', 'binding', 'stolen', false],
    ['under another root', 'account', 'payment', false],
    ['to the top', 'appeal', null, false],
  ] as const)('%s: %s', (_name, id, parent, out) => expect(wouldCycle(nodes, id, parent)).toBe(out));
});

describe('withDescendants', () => {
  it.each([
    ['a root with its subtree', 'account', ['account', 'binding', 'stolen', 'appeal']],
    ['a leaf alone', 'appeal', ['appeal']],
    ['an unknown id alone', 'nope', ['nope']],
  ] as const)('%s', (_name, id, out) => expect(withDescendants(nodes, id).sort()).toEqual([...out].sort()));
});

describe('treeOrder', () => {
  it('puts children under their parent, siblings by sort', () => {
    expect(treeOrder(nodes).map((e) => `${'-'.repeat(e.depth)}${e.node.id}`)).toEqual(['account', '-stolen', '--appeal', '-binding', 'payment']);
  });

  it('treats a node with a missing parent as a root', () => {
    expect(treeOrder([node('orphan', 'gone')]).map((e) => [e.node.id, e.depth])).toEqual([['orphan', 0]]);
  });
});
