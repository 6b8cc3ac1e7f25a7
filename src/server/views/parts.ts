// Small pieces several pages share: counts in words, entity links, the reports-per-day bars.
import type { EntityRef, StoryIndexEntry } from '../../types/archive.js';
import { esc } from './layout.js';

export function counted(n: number, word: string, plural = `${word}s`): string {
  return `${n} ${n === 1 ? word : plural}`;
}

export function entityLink(e: Pick<EntityRef, 'id' | 'name' | 'type'>): string {
  return `<a class="entity ${esc(e.type)}" href="/entities/${encodeURIComponent(e.id)}">${esc(e.name)}</a>`;
}

export function storyHref(id: string): string {
  return `/stories/${encodeURIComponent(id)}`;
}

const BAR = 5;
const HEIGHT = 22;
const MAX_BARS = 30;

/** Reports per day as bars in an inline SVG (attributes only: no style, nothing the policy forbids). */
export function sparkline(perDay: StoryIndexEntry['perDay']): string {
  if (!perDay.length) return '';
  const counts = new Map(perDay.map((d) => [d.day, d.count]));
  const days: string[] = [];
  const last = new Date(`${perDay[perDay.length - 1]!.day}T00:00:00Z`);
  const first = new Date(`${perDay[0]!.day}T00:00:00Z`);
  for (let d = last; d >= first && days.length < MAX_BARS; d = new Date(d.getTime() - 86400000))
    days.unshift(d.toISOString().slice(0, 10));
  const max = Math.max(...days.map((d) => counts.get(d) ?? 0), 1);
  const bars = days
    .map((d, i) => {
      const n = counts.get(d) ?? 0;
      const h = n ? Math.max(2, Math.round((n / max) * HEIGHT)) : 1;
      return `<rect x="${i * (BAR + 1)}" y="${HEIGHT - h}" width="${BAR}" height="${h}"${n ? '' : ' class="zero"'}><title>${esc(d)}: ${counted(n, 'report')}</title></rect>`;
    })
    .join('');
  const label = `reports per day, ${esc(days[0]!)} to ${esc(days[days.length - 1]!)}`;
  return `<svg class="spark" role="img" aria-label="${label}" width="${days.length * (BAR + 1)}" height="${HEIGHT}" viewBox="0 0 ${days.length * (BAR + 1)} ${HEIGHT}">${bars}</svg>`;
}

/** A link to the same page with some query parameters changed (empty values dropped). */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
