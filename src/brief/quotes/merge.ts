// Quotes merged across outlets: one statement reported by several articles — verbatim, trimmed or
// in another translation — becomes one StoryQuote with every occurrence. Two quotes are one
// statement when their content words overlap enough and their speakers are the same referent.

import { BoundedMemo } from '../../dedup/spin/memo.js';
import type { Article, Quote } from '../../types/article.js';
import type { StoryEntity, StoryQuote } from '../../types/story.js';
import type { SourceBook } from '../sources.js';
import { contentWords, overlap, sharedCount } from '../text/words.js';

export interface QuoteItem {
  article: string;
  quote: Quote;
  words: string[];
}

export interface QuoteOptions {
  overlap: number;
  overlapNoSpeaker: number;
  scareWords: number;
}

/** Every quote of the story except scare quotes ("hysteria") and empty ones. */
export function quoteItems(articles: readonly Article[], scareWords: number): QuoteItem[] {
  return articles.flatMap((a) =>
    a.quotes
      .filter((q) => !isScare(q, scareWords))
      .map((q) => ({ article: a.id, quote: q, words: contentWords(q.text) }))
      .filter((item) => item.words.length > 0),
  );
}

/** Marked as such, or a few quoted words with nobody named as saying them. */
export function isScare(q: Quote, scareWords: number): boolean {
  if (q.scare) return true;
  const n = q.text.trim().split(/\s+/).length;
  return q.direct && n < scareWords && q.speaker === null && q.speakerName === null;
}

// Bounded: a server or a watcher briefs stories for months, each bringing names of its own.
const surnames = new BoundedMemo<string, string | null>();

/** Last word of a name, lower-cased ("Sergei Lavrov" and "Sergey Lavrov" meet); memoised, names repeat. */
function surname(name: string | null): string | null {
  if (name === null) return null;
  let s = surnames.get(name);
  if (s === undefined) {
    s = lastWord(name);
    surnames.set(name, s);
  }
  return s;
}

function lastWord(name: string | null): string | null {
  const parts =
    name
      ?.toLowerCase()
      .replace(/[^\p{L}\s-]/gu, '')
      .trim()
      .split(/\s+/) ?? [];
  return parts.length > 0 && parts[0] !== '' ? parts[parts.length - 1]! : null;
}

/** 'same' / 'different' speakers, or 'unknown' when a side names nobody. */
export function speakerMatch(a: Quote, b: Quote): 'same' | 'different' | 'unknown' {
  if (a.speaker !== null && a.speaker === b.speaker) return 'same';
  const sa = surname(a.speakerName);
  const sb = surname(b.speakerName);
  if (sa === null || sb === null) return a.speaker === null || b.speaker === null ? 'unknown' : 'different';
  return sa === sb ? 'same' : 'different';
}

export function sameStatement(a: QuoteItem, b: QuoteItem, opts: QuoteOptions): boolean {
  const match = speakerMatch(a.quote, b.quote);
  if (match === 'different') return false;
  // Without a speaker on one side only a near-copy of a real statement (3+ shared words) joins.
  const need = match === 'same' ? opts.overlap : opts.overlapNoSpeaker;
  const shared = match === 'same' ? Math.min(2, a.words.length, b.words.length) : 3;
  return overlap(a.words, b.words) >= need && sharedCount(a.words, b.words) >= shared;
}

/** Single-link groups of items (union–find): a long quote can join two shorter ones. */
export function groupStatements(items: readonly QuoteItem[], opts: QuoteOptions): QuoteItem[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    if (parent[i] !== i) parent[i] = find(parent[i]!);
    return parent[i]!;
  };
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (sameStatement(items[i]!, items[j]!, opts)) parent[find(i)] = find(j);
  const groups = new Map<number, QuoteItem[]>();
  items.forEach((item, i) => {
    groups.set(find(i), [...(groups.get(find(i)) ?? []), item]);
  });
  return [...groups.values()];
}

/** The StoryQuote of a group: shown from a non-spun article, named by the story's entity. */
export function toStoryQuote(
  group: readonly QuoteItem[],
  entities: readonly StoryEntity[],
  book: SourceBook,
): StoryQuote {
  const rank = (item: QuoteItem) => (book.isSpun(item.article) ? 1 : 0);
  const shown = [...group].sort((x, y) => rank(x) - rank(y) || y.words.length - x.words.length)[0]!;
  return {
    // The comma that closed the quoted clause (“…,” he said) is the sentence's, not the speaker's.
    text: shown.quote.text.trim().replace(/[,;:]$/, ''),
    speakerName: speakerName(group, entities),
    occurrences: group.map((g) => ({ article: g.article, start: g.quote.start, end: g.quote.end })),
  };
}

function speakerName(group: readonly QuoteItem[], entities: readonly StoryEntity[]): string | null {
  for (const g of group) {
    const entity = entities.find((e) => e.id === g.quote.speaker);
    if (entity) return entity.name;
  }
  const counts = new Map<string, number>();
  for (const g of group)
    if (g.quote.speakerName) counts.set(g.quote.speakerName, (counts.get(g.quote.speakerName) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
