// The briefing for a terminal: sections, source markers [1][2] (a * marks a machine-spun source),
// a legend of sources, wrapped to the width; ANSI colour only when asked for.
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
import { counted, wrap } from './wrap.js';

export interface TextOptions {
  color: boolean;
  width: number;
}

type Paint = (style: keyof typeof ANSI, s: string) => string;
const ANSI = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', magenta: '35' } as const;

function painter(color: boolean): Paint {
  return (style, s) => (color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
}

function markers(model: RenderModel, ids: readonly string[], paint: Paint): string {
  return sourceNumbers(model, ids)
    .map((s) => paint(s.spun ? 'magenta' : 'yellow', `[${s.n}${s.spun ? '*' : ''}]`))
    .join('');
}

function section(title: string, body: string[], paint: Paint): string[] {
  return body.length === 0 ? [] : ['', paint('bold', title.toUpperCase()), ...body];
}

type Section = (model: RenderModel, story: Story, w: number, paint: Paint) => string[];
const ids = (c: readonly { article: string }[]) => c.map((x) => x.article);

function timelineLine(m: RenderModel, t: TimelineEntry, w: number, p: Paint): string {
  const from = t.inferred ? markers(m, t.inferredFrom ?? [], p) : '';
  return wrap(
    `${dateInWords(t.date)} (${timelineNote(t)}${from}) ${t.text} ${markers(m, t.sources, p)}`,
    w,
    '  ',
    '      ',
  );
}

const SECTIONS: readonly [string, Section][] = [
  ['Incomplete', (_m, s, w) => incompleteNote(s).map((n) => wrap(n, w, '  ', '  '))],
  [
    'Events',
    (m, s, w, p) =>
      s.events.map((e) =>
        wrap(`${eventDate(e.date)} — ${e.label} ${markers(m, e.articles, p)}`, w, '  • ', '    '),
      ),
  ],
  ['Merges and splits', (_m, s, w) => storyChanges(s).map((c) => wrap(c, w, '  • ', '    '))],
  [
    'Summary',
    (m, s, w, p) => s.summary.map((x) => wrap(`${x.text} ${markers(m, ids(x.citations), p)}`, w, '  ', '  ')),
  ],
  ['Timeline', (m, s, w, p) => splitTimeline(s.timeline).own.map((t) => timelineLine(m, t, w, p))],
  ['Background', (m, s, w, p) => splitTimeline(s.timeline).background.map((t) => timelineLine(m, t, w, p))],
  [
    'Quotes',
    (m, s, w, p) =>
      s.quotes.map((q) =>
        wrap(
          `${q.speakerName ?? 'unattributed'}: “${q.text}” ${markers(m, ids(q.occurrences), p)}`,
          w,
          '  ',
          '      ',
        ),
      ),
  ],
  [
    'Facts',
    (m, s, w, p) =>
      s.facts.map((f) =>
        wrap(
          `${f.text} — ${f.independentSources} independent of ${f.sources.length} ${markers(m, f.sources, p)}`,
          w,
          '  • ',
          '    ',
        ),
      ),
  ],
  [
    'Conflicts',
    (m, s, w, p) =>
      s.conflicts.flatMap((c) => [
        p('red', wrap(`! ${c.about}`, w, '  ', '    ')),
        ...c.claims.map((cl) => wrap(`“${cl.text}” ${markers(m, cl.sources, p)}`, w, '      ', '        ')),
      ]),
  ],
];

function storyLines(model: RenderModel, story: Story, o: TextOptions, paint: Paint): string[] {
  return [
    paint('cyan', '═'.repeat(Math.min(o.width, 100))),
    paint('bold', wrap(story.headline, o.width)),
    paint(
      'dim',
      `${counted(story.articles.length, 'report')} · ${counted(story.events.length, 'event')} · story ${story.id}`,
    ),
    ...SECTIONS.flatMap(([title, render]) => section(title, render(model, story, o.width, paint), paint)),
  ];
}

function legend(model: RenderModel, o: TextOptions, paint: Paint): string[] {
  return section(
    'Sources',
    model.sources.flatMap((s) => {
      const head = `[${s.n}${s.spun ? '*' : ''}] ${describeSource(s)}`;
      const flags = flagLabels(model, s).map((f) =>
        paint(s.spun ? 'magenta' : 'dim', wrap(`flag: ${f}`, o.width, '      ', '        ')),
      );
      const removed = removedSummary(s.article);
      return [
        wrap(head, o.width, '  ', '      '),
        ...flags,
        ...(removed
          ? [paint('dim', wrap(`cleaning removed: ${removed}`, o.width, '      ', '        '))]
          : []),
      ];
    }),
    paint,
  );
}

export function renderText(model: RenderModel, o: TextOptions): string {
  const paint = painter(o.color);
  const stories = model.analysis.stories;
  const head = paint(
    'bold',
    `newsfuse briefing — ${counted(stories.length, 'story', 'stories')} from ${counted(model.sources.length, 'article')}`,
  );
  const note = model.sources.some((s) => s.spun)
    ? [
        paint(
          'dim',
          wrap(
            '* machine-spun copy: shown for reference, never counted as independent corroboration',
            o.width,
          ),
        ),
      ]
    : [];
  return (
    [
      head,
      ...stories.flatMap((s) => ['', ...storyLines(model, s, o, paint)]),
      ...legend(model, o, paint),
      ...note,
    ].join('\n') + '\n'
  );
}
