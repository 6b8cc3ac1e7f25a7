// The briefing as one self-contained page: story, events, timeline, quotes, facts with source badges,
// conflicts highlighted; each citation opens its article with the cited span marked. All source text
// is escaped, and the content security policy lets only our own hashed style and script run.
import type { Removed } from '../../types/article.js';
import type { Citation, Story, TimelineEntry } from '../../types/story.js';
import { dateInWords, splitTimeline, timelineNote } from './dates.js';
import { CSS, contentSecurityPolicy, escapeHtml as esc, SCRIPT, scriptJson } from './html-assets.js';
import {
  citationMarks,
  describeSource,
  eventDate,
  flagLabels,
  incompleteNote,
  type RenderModel,
  removedSummary,
  storyChanges,
} from './model.js';
import { counted } from './wrap.js';

function cites(
  model: RenderModel,
  citations: readonly Citation[] | undefined,
  sources: readonly string[] = [],
): string {
  const { spans, bare } = citationMarks(model, citations ?? [], sources);
  const linked = spans.map(
    ({ citation: c, source: s, title }) =>
      `<a href="#viewer" class="cite${s.spun ? ' spun' : ''}" data-cite="${s.n}:${c.start}:${c.end}" title="${esc(title)}">${s.n}${s.spun ? '*' : ''}</a>`,
  );
  // Sources without a span still get a (non-clickable) marker.
  const plain = bare.map((s) => `<span class="cite${s.spun ? ' spun' : ''}">${s.n}</span>`);
  return linked.join('') + plain.join('');
}

function timelineItem(m: RenderModel, t: TimelineEntry): string {
  const from = t.inferred ? cites(m, [], t.inferredFrom ?? []) : '';
  return `<span class="date" title="${esc(t.date)}">${esc(dateInWords(t.date))}</span><span class="prec">${esc(timelineNote(t))}${from}</span> ${esc(t.text)}${cites(m, t.citations, t.sources)}`;
}

/** A titled section: a bulleted list, or (`div`) a block of the items as they are. */
function list<T>(
  title: string,
  items: readonly T[],
  item: (x: T) => string,
  tag: 'ul' | 'div' = 'ul',
): string {
  if (items.length === 0) return '';
  const body =
    tag === 'ul' ? `<ul>${items.map((x) => `<li>${item(x)}</li>`).join('')}</ul>` : items.map(item).join('');
  return `<h2>${esc(title)}</h2><div class="${esc(title.toLowerCase())}">${body}</div>`;
}

function storyHtml(m: RenderModel, s: Story): string {
  return [
    `<section class="story" id="story-${esc(s.id)}"><h1>${esc(s.headline)}</h1>`,
    `<p class="meta">${counted(s.articles.length, 'report')} · ${counted(s.events.length, 'event')}</p>`,
    list('Incomplete', incompleteNote(s), (n) => `<p>${esc(n)}</p>`, 'div'),
    list('Summary', s.summary, (x) => `<p>${esc(x.text)}${cites(m, x.citations)}</p>`, 'div'),
    list(
      'Events',
      s.events,
      (e) => `<span class="date">${esc(eventDate(e.date))}</span>${esc(e.label)}${cites(m, [], e.articles)}`,
    ),
    list('Merges and splits', storyChanges(s), (c) => esc(c)),
    list('Timeline', splitTimeline(s.timeline).own, (t) => timelineItem(m, t)),
    list('Background', splitTimeline(s.timeline).background, (t) => timelineItem(m, t)),
    list(
      'Quotes',
      s.quotes,
      (q) =>
        `<blockquote><span class="speaker">${esc(q.speakerName ?? 'Unattributed')}</span>: “${esc(q.text)}”${cites(m, q.occurrences)}</blockquote>`,
      'div',
    ),
    list(
      'Facts',
      s.facts,
      (f) =>
        `${esc(f.text)}<span class="badge">${f.independentSources} independent / ${f.sources.length} reports</span>${cites(m, f.citations, f.sources)}`,
    ),
    list(
      'Conflicts',
      s.conflicts,
      (c) =>
        `<div class="conflict"><strong>⚠ ${esc(c.about)}</strong><ul>${c.claims.map((cl) => `<li>“${esc(cl.text)}”${cites(m, cl.citations, cl.sources)}</li>`).join('')}</ul></div>`,
      'div',
    ),
    '</section>',
  ].join('');
}

/** What cleaning took out, summed up by kind, each piece readable (escaped) on demand. */
function removedHtml(pieces: readonly Removed[], summary: string): string {
  const items = pieces.map((r) => `<li><strong>${esc(r.kind)}</strong>: ${esc(r.text)}</li>`).join('');
  return `<details class="removed"><summary>cleaning removed: ${esc(summary)}</summary><ul>${items}</ul></details>`;
}

function sourcesHtml(m: RenderModel): string {
  return list('Sources', m.sources, (s) => {
    const flags = flagLabels(m, s)
      .map((f) => `<div class="flag">flag: ${esc(f)}</div>`)
      .join('');
    const removed = removedSummary(s.article);
    return [
      `<span id="source-${s.n}"><strong>[${s.n}${s.spun ? '*' : ''}]</strong> ${esc(describeSource(s))}</span>`,
      flags,
      removed ? removedHtml(s.article.removed, removed) : '',
      `<details><summary>Article text</summary><div class="text">${esc(s.article.text)}</div></details>`,
    ].join('');
  });
}

export function renderHtml(model: RenderModel): string {
  const data = Object.fromEntries(
    model.sources.map((s) => [
      String(s.n),
      { label: [describeSource(s), ...flagLabels(model, s)].join(' · '), text: s.article.text },
    ]),
  );
  const title = model.analysis.stories[0]?.headline ?? 'newsfuse briefing';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title><style>${CSS}</style></head>
<body><main>
${model.analysis.stories.map((s) => storyHtml(model, s)).join('\n')}
${sourcesHtml(model)}
${model.sources.some((s) => s.spun) ? '<p class="meta">* machine-spun copy: never counted as independent corroboration.</p>' : ''}
</main>
<aside id="viewer" hidden><div id="viewer-head"><span id="viewer-title"></span><button id="viewer-close" type="button">close</button></div><div id="viewer-text"></div></aside>
<script type="application/json" id="nf-data">${scriptJson(data)}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
