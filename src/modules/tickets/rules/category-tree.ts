export interface CategoryNode {
  id: string;
  parentId: string | null;
  sort: number;
  code: string;
}

/**
 * Would giving `id` the parent `parentId` make a loop (the category under itself)?
 * @example wouldCycle(nodes, 'root', 'child-of-root') // true
 */
export function wouldCycle(nodes: readonly CategoryNode[], id: string, parentId: string | null): boolean {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  for (let at = parentId, steps = 0; at !== null && at !== undefined && steps <= nodes.length; at = parentOf.get(at) ?? null, steps++) {
    if (at === id) return true;
  }
  return false;
}

/**
 * The category and everything below it (a filter on a parent includes its children).
 * @example withDescendants(nodes, 'account') // ['account', 'account-stolen', …]
 */
export function withDescendants(nodes: readonly CategoryNode[], id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) {
    for (const n of nodes) if (n.parentId === out[i] && !out.includes(n.id)) out.push(n.id);
  }
  return out;
}

const bySort = (a: CategoryNode, b: CategoryNode) => a.sort - b.sort || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Categories in tree order — each parent followed by its children, siblings by `sort` then
 * code — with their depth (0 for a root). A node whose parent is missing counts as a root.
 */
export function treeOrder<T extends CategoryNode>(nodes: readonly T[]): { node: T; depth: number }[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, T[]>();
  for (const n of nodes) {
    const key = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    children.set(key, [...(children.get(key) ?? []), n]);
  }
  const out: { node: T; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const n of [...(children.get(parent) ?? [])].sort(bySort)) {
      out.push({ node: n, depth });
      visit(n.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
