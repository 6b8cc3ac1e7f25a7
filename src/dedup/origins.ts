// Independent origins: copies share the origin of what they copy, so corroboration can count
// origins rather than articles. Union-find over relations of every kind.
import type { Relation } from '../types/story.js';

function find(parent: Map<string, string>, x: string): string {
  let root = x;
  while (parent.get(root) !== root) root = parent.get(root)!;
  // Path halving keeps later finds short.
  for (let at = x; parent.get(at) !== root; ) {
    const next = parent.get(at)!;
    parent.set(at, root);
    at = next;
  }
  return root;
}

/**
 * Article id → origin id. An origin is the member of its group that copies nothing (the first such
 * in `articleIds` order), else the group's first member. Relations naming unknown ids are ignored.
 */
export function originsFromRelations(
  articleIds: readonly string[],
  relations: readonly Relation[],
): Map<string, string> {
  const parent = new Map(articleIds.map((id) => [id, id]));
  for (const r of relations) {
    if (!parent.has(r.from) || !parent.has(r.to)) continue;
    const [x, y] = [find(parent, r.from), find(parent, r.to)];
    if (x !== y) parent.set(x, y);
  }
  const copies = new Set(relations.map((r) => r.from));
  const origin = new Map<string, string>();
  for (const id of articleIds) {
    const root = find(parent, id);
    const chosen = origin.get(root);
    if (chosen === undefined || (copies.has(chosen) && !copies.has(id))) origin.set(root, id);
  }
  return new Map(articleIds.map((id) => [id, origin.get(find(parent, id))!]));
}
