// Citation badges: a numbered link per cited article that opens it at the cited span (the script's
// side panel; without JavaScript, the link jumps to the article's text further down the page).
import { firstPerArticle, type RenderModel, sourceNumbers } from '../../brief/render/model.js';
import type { Citation } from '../../types/story.js';
import { esc } from './layout.js';

export function cite(m: RenderModel, c: Citation): string {
  const s = m.byId.get(c.article);
  if (!s) return '';
  const title = `${s.outlet}, ${s.date}${s.spun ? ' — machine-spun copy' : ''}`;
  return `<a href="#text-${esc(c.article)}" class="cite${s.spun ? ' spun' : ''}" data-cite="${esc(c.article)}:${c.start}:${c.end}" title="${esc(title)}">${s.n}${s.spun ? '*' : ''}</a>`;
}

/** Badges for the cited spans, then plain badges for sources cited without a span. */
export function cites(
  m: RenderModel,
  citations: readonly Citation[] | undefined,
  sources: readonly string[] = [],
): string {
  const list = firstPerArticle(citations ?? []);
  const cited = new Set(list.map((c) => c.article));
  const bare = sourceNumbers(
    m,
    sources.filter((id) => !cited.has(id)),
  ).map(
    (s) =>
      `<a href="#article-${esc(s.article.id)}" class="cite bare${s.spun ? ' spun' : ''}" data-article="${esc(s.article.id)}">${s.n}</a>`,
  );
  return `<span class="cites">${list.map((c) => cite(m, c)).join('')}${bare.join('')}</span>`;
}
