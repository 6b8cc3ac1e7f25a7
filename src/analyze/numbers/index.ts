// Numbers with their units: cardinals, ordinals, money, percentages and counted quantities, with
// approximations marked. Extractors find figures; refiners drop parts of dates, pick one reading of
// overlapping text, attach the counted noun and mark "some"/"around"/"more than".
import type { Reading } from '../../nlp/index.js';
import type { NumberExpression, Span } from '../../types/article.js';
import { timesConfig } from '../times/config.js';
import { chronoDates } from '../times/extractors/chrono.js';
import { namedQuarters } from '../times/extractors/periods.js';
import { decades, years } from '../times/extractors/years.js';
import { cardinals, hyphenUnits, money, ordinals, percents, wordCardinals } from './extractors.js';
import { countedNoun } from './head.js';
import { approximations, dropInsideTimes, dropOverlaps, unitNouns } from './refiners.js';
import type { NumberContext, NumberExtractor, NumberRefiner } from './types.js';

export { parseNumberWords, parseQuantity } from './words.js';

export const NUMBER_EXTRACTORS: readonly NumberExtractor[] = [
  money,
  percents,
  hyphenUnits,
  cardinals,
  wordCardinals,
  ordinals,
];

export const NUMBER_REFINERS: readonly NumberRefiner[] = [
  dropInsideTimes,
  dropOverlaps,
  unitNouns,
  approximations,
];

/** Dates and clock times in the text, when the caller has not passed its own time expressions. */
function dateSpans(text: string, reading: Reading): Span[] {
  const ctx = { text, anchor: null, reading, config: timesConfig.parse({}) };
  return [...chronoDates(ctx), ...years(ctx), ...decades(ctx), ...namedQuarters(ctx)].filter(
    (c) => c.type === 'DATE' || c.type === 'TIME',
  );
}

/**
 * Every figure in `text`. Pass `times` (the article's DATE and TIME expressions) to skip numbers
 * that are parts of dates without reading the dates a second time.
 */
export function extractNumbers(
  text: string,
  reading: Reading,
  times?: readonly { start: number; end: number; type?: string }[],
): NumberExpression[] {
  const dated = times
    ? times.filter((t) => t.type === undefined || t.type === 'DATE' || t.type === 'TIME')
    : dateSpans(text, reading);
  const ctx: NumberContext = {
    text,
    reading,
    times: dated.map((t) => ({ start: t.start, end: t.end, text: text.slice(t.start, t.end) })),
  };
  let list = NUMBER_EXTRACTORS.flatMap((extract) => extract(ctx));
  for (const refine of NUMBER_REFINERS) list = refine(ctx, list);
  return list.map((n) => ({
    start: n.start,
    end: n.end,
    text: n.text,
    value: n.value,
    unit: n.unit,
    ...(n.approximate ? { approximate: true } : {}),
    head: countedNoun(text, reading.tokens, n.end),
  }));
}
