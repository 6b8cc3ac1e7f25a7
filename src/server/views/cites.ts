// Citation badges: a numbered link per cited article that opens it at the cited span (the script's
// side panel; without JavaScript, the link jumps to the article's text further down the page).
import { citationMarks, type RenderModel } from '../../brief/render/model.js';
import type { Citation } from '../../types/story.js';
import { esc } from './layout.js';

/** Badges for the cited spans, then plain badges for sources cited without a span. */
export function cites(
  m: RenderModel,
  citations: readonly Citation[] | undefined,
  sources: readonly string[] = [],
): string {
  const { spans, bare } = citationMarks(m, citations ?? [], sources);
  const linked = spans.map(
    ({ citation: c, source: s, title }) =>
      `<a href="#text-${esc(c.article)}" class="cite${s.spun ? ' spun' : ''}" data-cite="${esc(c.article)}:${c.start}:${c.end}" title="${esc(title)}">${s.n}${s.spun ? '*' : ''}</a>`,
  );
  const plain = bare.map(
    (s) =>
      `<a href="#article-${esc(s.article.id)}" class="cite bare${s.spun ? ' spun' : ''}" data-article="${esc(s.article.id)}">${s.n}</a>`,
  );
  return `<span class="cites">${linked.join('')}${plain.join('')}</span>`;
}
