// What every rendering shares: source numbers, per-article notes (outlet, date, flags, what
// cleaning removed) and the markers that tie a statement to its sources.

import { STAGE_DEFAULTS } from '../../config/defaults.js';
import type { Article, Flag } from '../../types/article.js';
import type { Analysis, Citation, Story } from '../../types/story.js';

export interface SourceNote {
  n: number;
  article: Article;
  outlet: string;
  date: string;
  spun: Flag | undefined;
  copy: Flag | undefined;
}

export interface RenderModel {
  analysis: Analysis;
  sources: SourceNote[];
  byId: Map<string, SourceNote>;
}

/** Renderings mark an article spun where the stage stopped counting it: the stage's default threshold. */
const FLAG_SCORE = STAGE_DEFAULTS.brief.flagScore;

const COPY = new Set<Flag['kind']>(['syndicated-copy', 'duplicate', 'near-duplicate', 'derived']);

export function renderModel(analysis: Analysis): RenderModel {
  const sources = analysis.articles.map((article, i) => ({
    n: i + 1,
    article,
    outlet: article.outlet ?? hostOf(article.url) ?? fileOf(article.input),
    date: article.published?.slice(0, 10) ?? 'undated',
    spun: strongest(article.flags.filter((f) => f.kind === 'spun' && f.score >= FLAG_SCORE)),
    copy: strongest(article.flags.filter((f) => COPY.has(f.kind))),
  }));
  return { analysis, sources, byId: new Map(sources.map((s) => [s.article.id, s])) };
}

function strongest(flags: readonly Flag[]): Flag | undefined {
  return [...flags].sort((a, b) => b.score - a.score)[0];
}

/** Without an outlet or URL, the file name is what tells a reader which report this is. */
function fileOf(input: string): string {
  return input.split(/[\\/]/).pop() || input;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Source numbers of a list of article ids, each once, in number order. */
export function sourceNumbers(model: RenderModel, ids: readonly string[]): SourceNote[] {
  const notes = [...new Set(ids)]
    .map((id) => model.byId.get(id))
    .filter((s): s is SourceNote => s !== undefined);
  return notes.sort((a, b) => a.n - b.n);
}

/** One citation per article (the first), for markers that open a span. */
export function firstPerArticle(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    if (seen.has(c.article)) return false;
    seen.add(c.article);
    return true;
  });
}

/**
 * What a group of citation markers shows: the first cited span of each article with its source,
 * then the sources given without a span (in number order), and each marker's hover text.
 */
export function citationMarks(
  model: RenderModel,
  citations: readonly Citation[],
  sources: readonly string[],
): { spans: { citation: Citation; source: SourceNote; title: string }[]; bare: SourceNote[] } {
  const spans = firstPerArticle(citations).flatMap((citation) => {
    const source = model.byId.get(citation.article);
    return source ? [{ citation, source, title: markTitle(source) }] : [];
  });
  const cited = new Set(firstPerArticle(citations).map((c) => c.article));
  return {
    spans,
    bare: sourceNumbers(
      model,
      sources.filter((id) => !cited.has(id)),
    ),
  };
}

const markTitle = (s: SourceNote) => `${s.outlet}, ${s.date}${s.spun ? ' — machine-spun copy' : ''}`;

/**
 * "outlet · date · title", the file or URL only when the outlet line does not already show it; a
 * feed's summary says so, so a reader knows the report itself was not read.
 */
export function describeSource(note: SourceNote): string {
  const a = note.article;
  const where = a.title ?? (note.outlet === a.input.split(/[\\/]/).pop() ? null : (a.url ?? a.input));
  const summary = a.kind === 'summary' ? 'feed summary only' : null;
  return [note.outlet, note.date, where, summary]
    .filter((x): x is string => x !== null && x !== '')
    .join(' · ');
}

/** Short flag labels: "spun 0.92", "syndicated copy of [2]". */
export function flagLabels(model: RenderModel, note: SourceNote): string[] {
  const labels: string[] = [];
  if (note.spun)
    labels.push(`machine-spun copy (${note.spun.score.toFixed(2)})${relatedOf(model, note.spun)}`);
  if (note.copy)
    labels.push(
      `${COPY_LABEL[note.copy.kind] ?? note.copy.kind}${relatedOf(model, note.copy)} (${note.copy.score.toFixed(2)})`,
    );
  return labels;
}

const COPY_LABEL: Partial<Record<Flag['kind'], string>> = {
  'syndicated-copy': 'syndicated copy',
  duplicate: 'duplicate',
  'near-duplicate': 'near-duplicate',
  derived: 'derived',
};

function relatedOf(model: RenderModel, flag: Flag): string {
  const to = flag.related ? model.byId.get(flag.related) : undefined;
  return to ? ` ${flag.kind === 'derived' ? 'from' : 'of'} [${to.n}]` : '';
}

/** What cleaning took out, grouped by kind: "navigation 1, disclaimer 1". */
export function removedSummary(article: Article): string {
  const counts = new Map<string, number>();
  for (const r of article.removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

const ISO_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** An event's date for a reader: a calendar value as is, a weekday of no known week in words. */
export function eventDate(value: string | null): string {
  if (value === null) return 'undated';
  const weekday = /^XXXX-WXX-([1-7])$/.exec(value);
  return weekday ? `a ${ISO_WEEKDAYS[Number(weekday[1]) - 1]}, week unknown` : value;
}

/** The merges and splits of a story, for a reader (its creation is not news). */
/** A briefing cut short by the time limit says which parts it lacks and why (none when complete). */
export function incompleteNote(story: Story): string[] {
  const cut = story.incomplete;
  return cut ? [`This briefing has no ${cut.missing.join(', ')}: ${cut.reason}.`] : [];
}

export function storyChanges(story: Story): string[] {
  return (story.history ?? []).filter((h) => h.kind !== 'created').map((h) => `${h.kind}: ${h.detail}`);
}
