// Where sources disagree. Each finder is one rule returning conflicts; the stage concatenates them.
//  1. the same unit counted differently in one event ("100,000 troops" / "130,000 troops");
//  2. one event given different dates by different reports' leads;
//  3. one speaker's description of the same happening reported in different words
//     ("constructive and useful" / "open and useful").
import type { Article } from '../../types/article.js';
import type { Conflict, StoryEvent } from '../../types/story.js';
import { leadDates } from '../events.js';
import { type SourceBook, uniq } from '../sources.js';
import { articleUnits, unitFinder } from '../text/units.js';
import { overlap, sharedCount } from '../text/words.js';
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

/**
 * Rule 1: within an event, figures for one unit that differ by more than the tolerance, given by
 * different reports (one report giving both is counting two things) in sentences about the same
 * thing (content overlap of at least `CONTEXT_OVERLAP`).
 */
export function quantityConflicts(input: ConflictInput): Conflict[] {
  return input.events.flatMap((event) => {
    const members = membersOf(input, event).filter((a) => !input.book.isSpun(a.id));
    const contextOf = sentenceWords(members);
    const byUnit = new Map<string, QuantityMention[][]>();
    for (const g of groupQuantities(members.flatMap(quantityMentions)))
      byUnit.set(g[0]!.unitKey, [...(byUnit.get(g[0]!.unitKey) ?? []), g]);
    return [...byUnit.values()].flatMap((groups) => {
      const sides = groups.filter((g) =>
        groups.some((o) => o !== g && disagreeing(g, o, input.tolerance, contextOf)),
      );
      if (sides.length < 2) return [];
      return [
        {
          about: `number of ${sides[0]![0]!.unit}`,
          claims: sides.map((g) => ({
            text: g[0]!.text,
            sources: uniq(g.map((m) => m.article)),
            citations: g.map((m) => ({ article: m.article, start: m.start, end: m.end })),
          })),
        },
      ];
    });
  });
}

const CONTEXT_OVERLAP = 0.5;
const CONTEXT_SHARED = 3;

function disagreeing(
  a: readonly QuantityMention[],
  b: readonly QuantityMention[],
  tolerance: number,
  contextOf: (m: QuantityMention) => string[],
): boolean {
  const [x, y] = [a[0]!.value, b[0]!.value];
  if (Math.abs(x - y) / Math.max(x, y) <= tolerance) return false;
  if (a.some((m) => b.some((n) => n.article === m.article))) return false;
  return a.some((m) =>
    b.some((n) => {
      const [cm, cn] = [contextOf(m), contextOf(n)];
      return overlap(cm, cn) >= CONTEXT_OVERLAP && sharedCount(cm, cn) >= CONTEXT_SHARED;
    }),
  );
}

/** Content words of the sentence a mention sits in, without the unit and figures both sides share. */
function sentenceWords(articles: readonly Article[]): (m: QuantityMention) => string[] {
  const find = unitFinder(articles.flatMap(articleUnits));
  return (m) =>
    (find(m.article, m.start)?.words ?? []).filter(
      (w) => w !== m.unitKey && !/\d/.test(w) && !NUMBER_WORDS.has(w),
    );
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve dozen hundred thousand million'.split(' '),
);

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
