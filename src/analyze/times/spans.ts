// Span helpers that keep the refiners near-linear on long texts: a binary search over sorted
// offsets, and grouping of overlapping spans so overlap checks stay within each small group.

/** Index of the first item whose `key` is ≥ `at` in a list sorted by `key` (length if none). */
export function lowerBound<T>(sorted: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans sorted by start, cut into runs where each span overlaps the run so far. */
export function overlapGroups<T extends { start: number; end: number }>(spans: readonly T[]): T[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: T[][] = [];
  let end = -1;
  for (const s of sorted) {
    if (s.start < end) groups.at(-1)!.push(s);
    else groups.push([s]);
    end = Math.max(end, s.end);
  }
  return groups;
}

/** Keeps, within each overlap group, the longest spans first (ties: the earlier in `rank`). */
export function keepLongest<T extends { start: number; end: number }>(
  spans: readonly T[],
  rank: (s: T) => number,
): T[] {
  const kept: T[] = [];
  for (const group of overlapGroups(spans)) {
    const ordered = [...group].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b));
    const chosen: T[] = [];
    for (const s of ordered) if (!chosen.some((k) => k.start < s.end && s.start < k.end)) chosen.push(s);
    kept.push(...chosen);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** True when `at` falls strictly inside one of `ranges` (sorted by start, not overlapping). */
export function insideAny(ranges: readonly { start: number; end: number }[], at: number): boolean {
  const i = lowerBound(ranges, at, (r) => r.start) - 1;
  const r = ranges[i];
  return r !== undefined && r.start < at && at < r.end;
}
