// Every article of a story, readable without JavaScript: where it came from, its flags, what
// cleaning took out, and its text (escaped, never markup).
import { describeSource, flagLabels, type RenderModel, removedSummary } from '../../brief/render/model.js';
import { esc } from './layout.js';

export function articlesHtml(m: RenderModel): string {
  const items = m.sources.map((s) => {
    const flags = flagLabels(m, s)
      .map((f) => `<div class="flag">${esc(f)}</div>`)
      .join('');
    const removed = removedSummary(s.article);
    const link =
      s.article.url && /^https?:\/\//i.test(s.article.url)
        ? ` · <a href="${esc(s.article.url)}" rel="noopener noreferrer nofollow">original</a>`
        : '';
    return `<li id="article-${esc(s.article.id)}" class="article"><div class="article-head"><strong>[${s.n}${s.spun ? '*' : ''}]</strong> ${esc(describeSource(s))}${link}
<button type="button" class="open" data-article="${esc(s.article.id)}" hidden>read</button></div>${flags}
${removed ? `<div class="removed">cleaning removed: ${esc(removed)}</div>` : ''}
<details><summary>Article text</summary><div class="text" id="text-${esc(s.article.id)}">${esc(s.article.text)}</div></details></li>`;
  });
  return `<h2 id="articles">Articles</h2><ol class="articles">${items.join('\n')}</ol>`;
}
