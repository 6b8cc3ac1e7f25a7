// Search results: the entities whose names match, then stories and articles with the matching
// words highlighted (each highlight inserted as text inside <mark>, the rest escaped).
import type { EntityRef, Page, SearchHit } from '../../types/archive.js';
import { esc, layout } from './layout.js';
import { counted, entityLink, storyHref, withQuery } from './parts.js';

export interface SearchView {
  q: string;
  kind?: 'article' | 'story';
  hits: Page<SearchHit>;
  entities: (EntityRef & { stories: number })[];
  cursor?: string;
}

/** The snippet with its highlights as <mark>, every piece escaped. */
export function highlighted(snippet: SearchHit['snippet']): string {
  let out = '';
  let at = 0;
  for (const h of [...snippet.highlights].sort((a, b) => a.start - b.start)) {
    if (h.start < at || h.end > snippet.text.length) continue;
    out += `${esc(snippet.text.slice(at, h.start))}<mark>${esc(snippet.text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  return out + esc(snippet.text.slice(at));
}

function hit(h: SearchHit): string {
  const href =
    h.kind === 'story'
      ? storyHref(h.id)
      : h.story
        ? `${storyHref(h.story)}#article-${encodeURIComponent(h.id)}`
        : null;
  const title = href ? `<a href="${esc(href)}">${esc(h.title)}</a>` : esc(h.title);
  return `<li class="hit hit-${h.kind}"><span class="kind">${h.kind}</span> ${title}<p class="snippet">…${highlighted(h.snippet)}…</p></li>`;
}

export function searchPage(v: SearchView): string {
  const people = v.entities.length
    ? `<section class="found-entities"><h2>People, organisations, places</h2><ul>${v.entities.map((e) => `<li>${entityLink(e)} <span class="meta">${esc(e.type)} · ${counted(e.stories, 'story', 'stories')}</span></li>`).join('')}</ul></section>`
    : '';
  const tab = (kind: 'article' | 'story' | undefined, label: string) =>
    `<a href="${esc(withQuery('/search', { q: v.q, kind }))}"${v.kind === kind ? ' aria-current="page"' : ''}>${label}</a>`;
  const results = v.hits.items.length
    ? `<ol class="hits">${v.hits.items.map(hit).join('')}</ol>`
    : `<p class="empty">Nothing matches “${esc(v.q)}”.</p>`;
  const next = v.hits.next
    ? `<a class="next" rel="next" href="${esc(withQuery('/search', { q: v.q, kind: v.kind, cursor: v.hits.next }))}">More results →</a>`
    : '';
  const body = v.q
    ? `<h1>Search: “${esc(v.q)}”</h1>${people}<nav class="tabs">${tab(undefined, 'All')} ${tab('story', 'Stories')} ${tab('article', 'Articles')}</nav>${results}<nav class="pager">${next}</nav>`
    : '<h1>Search</h1><p>Type words to find in stories and articles, or a name (“Lavrov”).</p>';
  return layout({ title: v.q ? `Search: ${v.q}` : 'Search', kind: 'search', body, query: v.q });
}
