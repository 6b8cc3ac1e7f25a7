// Where sources disagree. Each finder is one rule returning conflicts; the stage concatenates them.
//  1. the same unit counted differently in one event ("100,000 troops" / "130,000 troops");
//  2. one event given different dates by different reports' leads;
//  3. one speaker's description of the same happening reported in different words
//     ("constructive and useful" / "open and useful").
import type { Article } from '../../types/article.js';
import type { Conflict, StoryEvent } from '../../types/story.js';
import { leadDates } from '../events.js';
import { type SourceBook, uniq } from '../sources.js';
import { descriptions, groupDescriptions } from './descriptions.js';
import { groupQuantities, type QuantityMention, quantityMentions } from './quantities.js';

export interface ConflictInput {
  articles: readonly Article[];
  events: readonly StoryEvent[];
  book: SourceBook;
  tolerance: number;
  /** Entity id → canonical name, for naming speakers. */
  names: ReadonlyMap<string, string>;
}

export function storyConflicts(input: ConflictInput): Conflict[] {
  return [...quantityConflicts(input), ...dateConflicts(input), ...descriptionConflicts(input)];
}

function membersOf(input: ConflictInput, event: StoryEvent): Article[] {
  return input.articles.filter((a) => event.articles.includes(a.id));
}

/** Rule 1: within an event, figures for one unit that differ by more than the tolerance. */
export function quantityConflicts(input: ConflictInput): Conflict[] {
  return input.events.flatMap((event) => {
    const mentions = membersOf(input, event)
      .flatMap(quantityMentions)
      .filter((m) => !input.book.isSpun(m.article));
    const byUnit = new Map<string, QuantityMention[][]>();
    for (const g of groupQuantities(mentions))
      byUnit.set(g[0]!.unitKey, [...(byUnit.get(g[0]!.unitKey) ?? []), g]);
    return [...byUnit.values()].flatMap((groups) => {
      const values = groups.map((g) => g[0]!.value);
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      if (groups.length < 2 || (hi - lo) / hi <= input.tolerance) return [];
      return [
        {
          about: `number of ${groups[0]![0]!.unit}`,
          claims: groups.map((g) => ({
            text: g[0]!.text,
            sources: uniq(g.map((m) => m.article)),
            citations: g.map((m) => ({ article: m.article, start: m.start, end: m.end })),
          })),
        },
      ];
    });
  });
}

/** Rule 2: reports whose leads date the same event on different days. */
export function dateConflicts(input: ConflictInput): Conflict[] {
  return input.events.flatMap((event) => {
    const dates = leadDates(membersOf(input, event), input.book);
    if (dates.size < 2) return [];
    return [
      {
        about: `date of ${event.label}`,
        claims: [...dates].map(([day, v]) => ({
          text: `${day} (${uniq(v.text).join(' / ')})`,
          sources: v.articles,
        })),
      },
    ];
  });
}

/** Rule 3: one speaker describing one happening in different words. */
export function descriptionConflicts(input: ConflictInput): Conflict[] {
  return input.events.flatMap((event) =>
    groupDescriptions(
      membersOf(input, event)
        .filter((a) => !input.book.isSpun(a.id))
        .flatMap((a) => descriptions(a, input.names)),
    ).map((g) => ({
      about: `how ${g[0]!.speakerName} described the ${g[0]!.object}`,
      claims: uniq(g.map((d) => d.words.join(' '))).map((w) => {
        const same = g.filter((d) => d.words.join(' ') === w);
        return {
          text: same[0]!.text,
          sources: uniq(same.map((d) => d.article)),
          citations: same.map((d) => ({ article: d.article, start: d.start, end: d.end })),
        };
      }),
    })),
  );
}
