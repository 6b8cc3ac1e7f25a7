// The briefing as Markdown. Article text is escaped so no markup (HTML or Markdown) from a source
// is interpreted by whatever displays the file.
import type { Story, TimelineEntry } from '../../types/story.js';
import { dateInWords, splitTimeline, timelineNote } from './dates.js';
import {
  describeSource,
  eventDate,
  flagLabels,
  incompleteNote,
  type RenderModel,
  removedSummary,
  sourceNumbers,
  storyChanges,
} from './model.js';
import { counted } from './wrap.js';

/**
 * Backslash-escapes what Markdown would read as emphasis, code, links, tables or strike-through, and
 * a block marker at the start; HTML-significant characters become entities.
 */
export function escapeMd(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-]|\d+[.)])/, (_, sp: string, c: string) => `${sp}\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s+/g, ' ');
}

function markers(model: RenderModel, ids: readonly string[]): string {
  return sourceNumbers(model, ids)
    .map((s) => `[\\[${s.n}${s.spun ? '\\*' : ''}\\]](#source-${s.n})`)
    .join('');
}

const ids = (c: readonly { article: string }[]) => c.map((x) => x.article);

function timelineLine(m: RenderModel, t: TimelineEntry): string {
  const from = t.inferred ? markers(m, t.inferredFrom ?? []) : '';
  return `- **${escapeMd(dateInWords(t.date))}** (${timelineNote(t)}${from}) ${escapeMd(t.text)} ${markers(m, t.sources)}`;
}

type Section = (model: RenderModel, story: Story) => string[];

const SECTIONS: readonly [string, Section][] = [
  ['Incomplete', (_m, s) => incompleteNote(s).map(escapeMd)],
  [
    'Events',
    (m, s) =>
      s.events.map((e) => `- **${eventDate(e.date)}** — ${escapeMd(e.label)} ${markers(m, e.articles)}`),
  ],
  ['Merges and splits', (_m, s) => storyChanges(s).map((c) => `- ${escapeMd(c)}`)],
  [
    'Summary',
    (m, s) =>
      s.summary.map((x) => `${escapeMd(x.text)} ${markers(m, ids(x.citations))}`).map((l) => `${l}\n`),
  ],
  ['Timeline', (m, s) => splitTimeline(s.timeline).own.map((t) => timelineLine(m, t))],
  ['Background', (m, s) => splitTimeline(s.timeline).background.map((t) => timelineLine(m, t))],
  [
    'Quotes',
    (m, s) =>
      s.quotes.map(
        (q) =>
          `- **${escapeMd(q.speakerName ?? 'unattributed')}**: “${escapeMd(q.text)}” ${markers(m, ids(q.occurrences))}`,
      ),
  ],
  [
    'Facts',
    (m, s) =>
      s.facts.map(
        (f) =>
          `- ${escapeMd(f.text)} — **${f.independentSources} independent** of ${f.sources.length} ${markers(m, f.sources)}`,
      ),
  ],
  [
    'Conflicts',
    (m, s) =>
      s.conflicts.flatMap((c) => [
        `- ⚠ **${escapeMd(c.about)}**`,
        ...c.claims.map((cl) => `  - “${escapeMd(cl.text)}” ${markers(m, cl.sources)}`),
      ]),
  ],
];

function storyMd(model: RenderModel, story: Story): string[] {
  return [
    `## ${escapeMd(story.headline)}`,
    '',
    `_${counted(story.articles.length, 'report')} · ${counted(story.events.length, 'event')}_`,
    ...SECTIONS.flatMap(([title, render]) => {
      const lines = render(model, story);
      return lines.length === 0 ? [] : ['', `### ${title}`, '', ...lines];
    }),
  ];
}

function sourcesMd(model: RenderModel): string[] {
  return [
    '',
    '## Sources',
    '',
    ...model.sources.flatMap((s) => {
      const flags = flagLabels(model, s).map((f) => `  - flag: ${escapeMd(f)}`);
      const removed = removedSummary(s.article);
      return [
        `- <a id="source-${s.n}"></a>**[${s.n}${s.spun ? '\\*' : ''}]** ${escapeMd(describeSource(s))}`,
        ...flags,
        ...(removed ? [`  - cleaning removed: ${escapeMd(removed)}`] : []),
      ];
    }),
  ];
}

export function renderMd(model: RenderModel): string {
  const stories = model.analysis.stories;
  const note = model.sources.some((s) => s.spun)
    ? ['', '\\* machine-spun copy: never counted as independent corroboration.']
    : [];
  return (
    [
      '# newsfuse briefing',
      '',
      `${counted(stories.length, 'story', 'stories')} from ${counted(model.sources.length, 'article')}.`,
      ...stories.flatMap((s) => ['', ...storyMd(model, s)]),
      ...sourcesMd(model),
      ...note,
    ].join('\n') + '\n'
  );
}
