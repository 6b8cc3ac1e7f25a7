// The story page: the materialised briefing (summary with citation badges, events, timeline in
// words, quotes by speaker, facts with independent-source counts, conflicts side by side), the
// coverage, merges and splits, entities, and every article readable in a side panel.

import { scriptJson } from '../../brief/render/html-assets.js';
import { type RenderModel, renderModel, storyChanges } from '../../brief/render/model.js';
import type { Analysis, Story, StoryQuote } from '../../types/story.js';
import { articlesHtml } from './articles.js';
import { cites } from './cites.js';
import { coverageHtml } from './coverage.js';
import { timexWords } from './dates.js';
import { esc, layout } from './layout.js';
import { counted, entityLink } from './parts.js';

function section(title: string, id: string, body: string): string {
  return body ? `<h2 id="${id}">${esc(title)}</h2>${body}` : '';
}

function quotesBySpeaker(m: RenderModel, s: Story): string {
  const bySpeaker = new Map<string, StoryQuote[]>();
  for (const q of s.quotes) {
    const who = q.speakerName ?? 'Unattributed';
    bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), q]);
  }
  const entityByName = new Map(s.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, e] as const)));
  return [...bySpeaker]
    .map(([who, quotes]) => {
      const e = entityByName.get(who);
      const name = e ? entityLink({ ...e, name: who }) : esc(who);
      const items = quotes
        .map((q) => `<blockquote>“${esc(q.text)}”${cites(m, q.occurrences)}</blockquote>`)
        .join('');
      return `<div class="speaker"><h3>${name}</h3>${items}</div>`;
    })
    .join('');
}

function conflicts(m: RenderModel, s: Story): string {
  return s.conflicts
    .map(
      (c) =>
        `<div class="conflict"><h3>⚠ ${esc(c.about)}</h3><div class="claims">${c.claims.map((cl) => `<div class="claim">“${esc(cl.text)}”${cites(m, cl.citations, cl.sources)}</div>`).join('')}</div></div>`,
    )
    .join('');
}

function ul(items: string[], cls = ''): string {
  return items.length
    ? `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`
    : '';
}

function briefing(m: RenderModel, s: Story): string {
  return [
    section(
      'Summary',
      'summary',
      s.summary.map((x) => `<p>${esc(x.text)}${cites(m, x.citations)}</p>`).join(''),
    ),
    section(
      'Events',
      'events',
      ul(
        s.events.map(
          (e) =>
            `<span class="date">${esc(timexWords(e.date))}</span> ${esc(e.label)}${cites(m, [], e.articles)}`,
        ),
      ),
    ),
    section(
      'Timeline',
      'timeline',
      ul(
        s.timeline.map(
          (t) =>
            `<span class="date">${esc(timexWords(t.date))}</span> ${esc(t.text)}${cites(m, t.citations, t.sources)}`,
        ),
        'timeline',
      ),
    ),
    section('Quotes', 'quotes', quotesBySpeaker(m, s)),
    section(
      'Facts',
      'facts',
      ul(
        s.facts.map(
          (f) =>
            `${esc(f.text)} <span class="badge" title="copies of one report count once">${counted(f.independentSources, 'independent source')} / ${counted(f.sources.length, 'report')}</span>${cites(m, f.citations, f.sources)}`,
        ),
      ),
    ),
    section('Conflicts', 'conflicts', conflicts(m, s)),
  ].join('\n');
}

/** The most reported names first; the rest one click away, so the briefing starts near the top. */
const SHOWN_ENTITIES = 12;

function entities(s: Story): string {
  const order = ['person', 'organization', 'place', 'other'];
  const sorted = [...s.entities].sort(
    (a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.articles.length - a.articles.length,
  );
  if (!sorted.length) return '';
  const first = sorted.slice(0, SHOWN_ENTITIES).map(entityLink).join(' ');
  const rest = sorted.slice(SHOWN_ENTITIES);
  const more = rest.length
    ? ` <details class="more-entities"><summary>${counted(rest.length, 'more name')}</summary><p class="entities">${rest.map(entityLink).join(' ')}</p></details>`
    : '';
  return `<div class="entity-block"><p class="entities">${first}</p>${more}</div>`;
}

export function storyPage(analysis: Analysis): string {
  const s = analysis.stories[0]!;
  const m = renderModel(analysis);
  const data = Object.fromEntries(
    m.sources.map((src) => [
      src.article.id,
      {
        n: src.n,
        label: `[${src.n}] ${src.outlet} · ${src.date}${src.article.title ? ` · ${src.article.title}` : ''}`,
        text: src.article.text,
      },
    ]),
  );
  const changes = storyChanges(s);
  const body = `<article class="briefing" data-story="${esc(s.id)}">
<h1>${esc(s.headline)}</h1>
<p class="meta">${counted(s.articles.length, 'report')} · ${counted(s.events.length, 'event')}<span class="nav-links"> · <a href="#coverage">coverage</a> · <a href="#articles">articles</a> · <a href="/api/stories/${encodeURIComponent(s.id)}">JSON</a></span></p>
${entities(s)}
${briefing(m, s)}
${coverageHtml(m)}
${section('Merges and splits', 'history', ul(changes.map(esc)))}
${articlesHtml(m)}
${m.sources.some((x) => x.spun) ? '<p class="meta">* machine-spun copy: never counted as independent corroboration.</p>' : ''}
</article>
<aside id="viewer" hidden aria-label="Article"><div id="viewer-head"><span id="viewer-title"></span><button id="viewer-close" type="button" aria-label="Close the article">×</button></div><div id="viewer-text"></div></aside>
<script type="application/json" id="nf-articles">${scriptJson(data)}</script>`;
  return layout({ title: s.headline, kind: 'story', body });
}
