// The candidate index: feature key → the remembered articles that hold it. Each list keeps only the
// most recently indexed `cap` articles, so a lookup costs the same at 200k articles as at 10k, and
// an article is compared with the few articles sharing its rarest terms, never with all of them.
export class Postings {
  private readonly lists = new Map<string, Set<string>>();

  constructor(private readonly cap: number) {}

  /** (Re)indexes a group under `keys`, moving it to the most recent end of each list. */
  index(id: string, keys: Iterable<string>): void {
    for (const k of keys) {
      const list = this.lists.get(k) ?? new Set<string>();
      if (list.size === 0) this.lists.set(k, list);
      list.delete(id);
      list.add(id);
      if (list.size > this.cap) list.delete(list.values().next().value!);
    }
  }

  remove(id: string, keys: Iterable<string>): void {
    for (const k of keys) {
      const list = this.lists.get(k);
      if (!list) continue;
      list.delete(id);
      if (list.size === 0) this.lists.delete(k);
    }
  }

  /** Groups sharing any of `keys`, most shared first (ties in a fixed order), at most `max`. */
  candidates(keys: readonly string[], max: number): string[] {
    const shared = new Map<string, number>();
    for (const k of keys) {
      const list = this.lists.get(k);
      if (!list) continue;
      for (const id of list) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1])
      .slice(0, max)
      .map(([id]) => id);
  }
}
