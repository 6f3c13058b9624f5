import type { DeskCategory } from './desk-settings.types';

/** The category's name in the reader's language. */
export function categoryName(c: Pick<DeskCategory, 'nameZh' | 'nameEn'>, language: string): string {
  return language.startsWith('zh') ? c.nameZh : c.nameEn;
}

/** Select options in tree order, children indented under their parent. */
export function categoryOptions(items: DeskCategory[], language: string, exclude: Set<string> = new Set()) {
  return items.filter((c) => !exclude.has(c.id)).map((c) => ({ value: c.id, label: `${'\u2003'.repeat(c.depth)}${categoryName(c, language)}${c.active ? '' : ' ⊘'}` }));
}

/** The category and everything under it (a category cannot move under itself). */
export function subtree(items: DeskCategory[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of items) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Siblings of a category in display order (the list comes in tree order, sorted by sort then code). */
export const siblingsOf = (items: DeskCategory[], parentId: string | null) => items.filter((c) => c.parentId === parentId);

/** A sort value that puts a new category last among its siblings. */
export function nextSort(items: DeskCategory[], parentId: string | null): number {
  const sorts = siblingsOf(items, parentId).map((c) => c.sort);
  return Math.min(10_000, sorts.length === 0 ? 10 : Math.max(...sorts) + 10);
}

/**
 * The sort changes that move a category one place up (-1) or down (+1) among its siblings: the
 * siblings are renumbered 10, 20, 30… in the new order, and only changed values are returned.
 * @example moveCategory(items, id, -1) → [{ id, sort: 10 }, { id: other, sort: 20 }]
 */
export function moveCategory(items: DeskCategory[], id: string, step: -1 | 1): { id: string; sort: number }[] {
  const me = items.find((c) => c.id === id);
  if (!me) return [];
  const order = siblingsOf(items, me.parentId);
  const from = order.findIndex((c) => c.id === id);
  const to = from + step;
  if (to < 0 || to >= order.length) return [];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order.flatMap((c, i) => (c.sort === (i + 1) * 10 ? [] : [{ id: c.id, sort: (i + 1) * 10 }]));
}
