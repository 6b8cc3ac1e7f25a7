// Temporal expressions typed and valued in TIMEX3, anchored on the publication date. Two ordered
// lists, in the style of chrono's own: extractors find candidates with spans; refiners take the
// list and return a new one (overlaps, modifiers, then anchoring, which must come last).
import type { Reading } from '../../nlp/index.js';
import type { TimeExpression } from '../../types/article.js';
import { parsePublished } from './calendar.js';
import { type TimesConfig, timesConfig } from './config.js';
import { chronoDates } from './extractors/chrono.js';
import { deicticDays, deicticParts } from './extractors/deictic.js';
import { countedDurations, hyphenDurations, pastUnit, vagueDurations } from './extractors/durations.js';
import { deicticMonths, monthOfDeicticYear, weekends } from './extractors/months.js';
import {
  decades,
  deicticQuarters,
  namedQuarters,
  seasons,
  spokenYears,
  theYear,
  years,
} from './extractors/periods.js';
import { recentPeriods, references } from './extractors/refs.js';
import { everyNamedDay, everyUnit, ratePeriods, recurringAdverbs } from './extractors/sets.js';
import { deicticUnits, unitsAgo, unitsEarlier, yearAgoAdjectives } from './extractors/shifts.js';
import { resolveAnchors } from './refiners/anchor.js';
import { dropNested, widenModifiers } from './refiners/modifiers.js';
import { dropEmpty, dropOverlaps } from './refiners/overlaps.js';
import type { Candidate, Extractor, Refiner, TimeContext } from './types.js';

export type { TimesConfig } from './config.js';
export { timesConfig } from './config.js';

/** Order matters only on equal spans: the more specific reading comes first. */
export const EXTRACTORS: readonly Extractor[] = [
  unitsAgo,
  unitsEarlier,
  yearAgoAdjectives,
  deicticParts,
  deicticDays,
  deicticUnits,
  monthOfDeicticYear,
  deicticMonths,
  weekends,
  namedQuarters,
  deicticQuarters,
  seasons,
  decades,
  everyUnit,
  everyNamedDay,
  ratePeriods,
  recurringAdverbs,
  pastUnit,
  countedDurations,
  hyphenDurations,
  vagueDurations,
  recentPeriods,
  references,
  chronoDates,
  spokenYears,
  years,
  theYear,
];

export const REFINERS: readonly Refiner[] = [
  dropEmpty,
  dropOverlaps,
  // Modifiers widen spans, which can swallow a neighbour: drop what ends up nested.
  widenModifiers,
  (_ctx, list) => dropNested(list),
  // Anchoring walks left to right and reads earlier values: it must see the final list.
  resolveAnchors,
];

function toExpression(c: Candidate): TimeExpression {
  return { start: c.start, end: c.end, text: c.text, type: c.type, value: c.value, provenance: c.provenance };
}

/** Every temporal expression in `article.text`, typed and valued, in text order. */
export function extractTimes(
  article: { text: string; published: string | null },
  reading: Reading,
  options: Partial<TimesConfig> = {},
): TimeExpression[] {
  const ctx: TimeContext = {
    text: article.text,
    anchor: parsePublished(article.published),
    reading,
    config: timesConfig.parse(options),
  };
  let list: Candidate[] = EXTRACTORS.flatMap((extract) => extract(ctx));
  for (const refine of REFINERS) list = refine(ctx, list);
  return list.map(toExpression);
}
