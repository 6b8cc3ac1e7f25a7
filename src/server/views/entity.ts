// One person, organisation or place over time: the stories naming it (newest first) and what it
// was quoted saying, each linked to its story.
import type { EntityPage } from '../../types/archive.js';
import { shortDay } from './dates.js';
import { esc, layout } from './layout.js';
import { counted, sparkline, storyHref, withQuery } from './parts.js';

export function entityPage(p: EntityPage): string {
  const e = p.entity;
  const others = e.aliases.filter((a) => a !== e.name);
  const stories = p.stories.items
    .map(
      (s) =>
        `<li class="story"><div class="row-main"><a class="headline" href="${storyHref(s.id)}">${esc(s.headline)}</a><div class="counts">${counted(s.articles, 'report')} · ${counted(s.origins, 'independent origin')} · ${esc(shortDay(s.firstReport))} – ${esc(shortDay(s.lastReport))}</div></div><div class="row-spark">${sparkline(s.perDay)}</div></li>`,
    )
    .join('');
  const quotes = p.quotes
    .map(
      (q) =>
        `<li><blockquote>“${esc(q.text)}”</blockquote><div class="meta"><time>${esc(shortDay(q.published))}</time> · <a href="${esc(`${storyHref(q.story)}?cite=${encodeURIComponent(`${q.article}:${q.start}:${q.end}`)}#text-${q.article}`)}">in the story</a></div></li>`,
    )
    .join('');
  const next = p.stories.next
    ? `<a class="next" href="${esc(withQuery(`/entities/${encodeURIComponent(e.id)}`, { cursor: p.stories.next }))}">More stories →</a>`
    : '';
  const body = `<h1>${esc(e.name)}</h1>
<p class="meta">${esc(e.type)}${others.length ? ` · also written ${others.map((a) => `“${esc(a)}”`).join(', ')}` : ''} · <a href="${esc(withQuery('/', { entity: e.id }))}">filter the story list</a></p>
<h2>Stories</h2><ol class="stories">${stories}</ol><nav class="pager">${next}</nav>
${quotes ? `<h2>Quotes</h2><ol class="quotes">${quotes}</ol>` : ''}`;
  return layout({ title: e.name, kind: 'entity', body });
}
