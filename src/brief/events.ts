// The story's events as the clusterer grouped them, with label and date filled in when the group
// lacks them: the label from the event's most central report, the date from the reports' leads.
import type { Article, TimeExpression } from '../types/article.js';
import type { StoryGroup } from '../types/stages.js';
import type { StoryEvent } from '../types/story.js';
import type { SourceBook } from './sources.js';
import { isCleanSentence } from './summary/candidates.js';
import { insideQuote } from './text/reading.js';
import { articleUnits } from './text/units.js';
import { contentWords, cosine } from './text/words.js';

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The article closest to the others (content-word cosine), preferring non-spun ones. */
export function centralArticle(articles: readonly Article[], book: SourceBook): Article | undefined {
  const pool = articles.filter((a) => !book.isSpun(a.id));
  const list = pool.length > 0 ? pool : articles;
  const words = list.map((a) => contentWords(a.text));
  const all = words.flat();
  let best: Article | undefined;
  let bestScore = -1;
  list.forEach((a, i) => {
    const score = cosine(words[i]!, all);
    if (score > bestScore) {
      bestScore = score;
      best = a;
    }
  });
  return best;
}

/** A story's headline: the central report's title, else the most central titled report's, else its lead. */
export function headlineOf(articles: readonly Article[], book: SourceBook): string {
  const central = centralArticle(articles, book);
  if (!central) return '';
  if (central.title?.trim()) return central.title.trim();
  const titled = centralArticle(
    articles.filter((a) => a.title?.trim() && !book.isSpun(a.id)),
    book,
  );
  return titled ? titleOf(titled) : titleOf(central);
}

/** The title, or the lead sentence when the article has no title. */
export function titleOf(article: Article): string {
  if (article.title?.trim()) return article.title.trim();
  // The lead: the first real sentence among the first few (a date line or a crumb is not one).
  const units = articleUnits(article);
  const lead = units.slice(0, 6).find((u) => isCleanSentence(u) && u.words.length >= 2);
  return (lead ?? units[0])?.text ?? article.text.slice(0, 120);
}

/**
 * The date an article's lead gives its main happening: the first resolved calendar day in its first
 * two sentences, outside quotes (a quote's "today" is the speaker's day, not the article's).
 */
export function leadDate(article: Article): TimeExpression | null {
  const lead = articleUnits(article).slice(0, 2);
  const end = lead[lead.length - 1]?.end ?? 0;
  return (
    [...article.times]
      .sort((a, b) => a.start - b.start)
      .find(
        (t) =>
          t.start < end && t.type === 'DATE' && DAY.test(t.value) && !insideQuote(article, t.start, t.end),
      ) ?? null
  );
}

/** Lead dates by value, with the articles giving each (non-spun ones, unless only spun ones date it). */
export function leadDates(
  articles: readonly Article[],
  book: SourceBook,
): Map<string, { articles: string[]; text: string[] }> {
  const solid = articles.filter((a) => !book.isSpun(a.id));
  const out = new Map<string, { articles: string[]; text: string[] }>();
  for (const a of solid.length > 0 ? solid : articles) {
    const t = leadDate(a);
    if (!t) continue;
    const day = t.value.slice(0, 10);
    const entry = out.get(day) ?? { articles: [], text: [] };
    out.set(day, { articles: [...entry.articles, a.id], text: [...entry.text, t.text] });
  }
  return out;
}

function mostBacked(dates: Map<string, { articles: string[] }>, book: SourceBook): string | null {
  const ranked = [...dates].sort(
    (a, b) => book.independent(b[1].articles) - book.independent(a[1].articles) || compareDates(a[0], b[0]),
  );
  return ranked[0]?.[0] ?? null;
}

/** Code-point order of TIMEX3 values (not locale order), undated last. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:\s]+$/, '') + '…';
}

export function storyEvents(group: StoryGroup, articles: readonly Article[], book: SourceBook): StoryEvent[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const events =
    group.events.length > 0 ? group.events : [{ id: `${group.id}-e1`, articles: group.articles }];
  const filled = events.map((e) => {
    const members = e.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    return {
      id: e.id,
      label: e.label ?? (members.length > 0 ? shorten(headlineOf(members, book), 110) : e.id),
      // A calendar day from the clusterer, else one the leads give, else what the clusterer knew
      // (a weekday of no known week).
      date:
        (e.date && DAY.test(e.date) ? e.date : null) ??
        mostBacked(leadDates(members, book), book) ??
        e.date ??
        null,
      articles: [...e.articles],
    };
  });
  // Dated events in date order; undated ones keep the clusterer's order after them.
  return filled
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compareDates(a.e.date, b.e.date) || a.i - b.i)
    .map(({ e }) => e);
}
