// Temporal expressions typed and valued in TIMEX3, anchored on the publication date. Two ordered
// lists, in the style of chrono's own: extractors find candidates with spans; refiners take the
// list and return a new one (overlaps, modifiers, then anchoring, which must come last).
import type { Reading } from '../../nlp/index.js';
import type { TimeExpression } from '../../types/article.js';
import { parsePublished } from './calendar.js';
import { type TimesConfig, timesConfig } from './config.js';
import { anaphoricPeriods } from './extractors/anaphora.js';
import { chronoDates } from './extractors/chrono.js';
import { deicticDays, deicticParts } from './extractors/deictic.js';
import {
  countedDurations,
  hyphenDurations,
  pastUnit,
  vagueDurations,
  vaguePlurals,
} from './extractors/durations.js';
import { holidays } from './extractors/holidays.js';
import { deicticMonths, monthOfDeicticYear, weekends } from './extractors/months.js';
import { deicticQuarters, namedQuarters, seasons } from './extractors/periods.js';
import { recentPeriods, references } from './extractors/refs.js';
import { everyNamedDay, everyUnit, ratePeriods, recurringAdverbs } from './extractors/sets.js';
import { deicticUnits, unitsAgo, unitsEarlier, yearAgoAdjectives, yearEnd } from './extractors/shifts.js';
import { decades, spokenYears, theYear, years } from './extractors/years.js';
import { resolveAnchors } from './refiners/anchor.js';
import { dropNested, widenModifiers } from './refiners/modifiers.js';
import { dropEmpty, dropOverlaps } from './refiners/overlaps.js';
import type { Candidate, Extractor, Refiner, TimeContext } from './types.js';

export type { TimesConfig } from './config.js';
export { timesConfig } from './config.js';

/**
 * Runs `extract` only when the text passes a cheap test: most articles have no "ago" or "quarter",
 * and skipping the full pattern there keeps the stage close to chrono's own speed.
 */
function gated(gate: RegExp, extract: Extractor): Extractor {
  return (ctx) => (gate.test(ctx.text) ? extract(ctx) : []);
}

const UNITS = /minute|hour|day|week|fortnight|month|quarter|year|decade|centur/i;

/** Order matters only on equal spans: the more specific reading comes first. */
export const EXTRACTORS: readonly Extractor[] = [
  gated(/\bago\b|from now|hence/i, unitsAgo),
  gated(/earlier|later|before|after|previously/i, unitsEarlier),
  gated(/-(?:earlier|ago)/i, yearAgoAdjectives),
  gated(/morning|afternoon|evening|night/i, deicticParts),
  gated(/today|yesterday|tomorrow/i, deicticDays),
  gated(UNITS, deicticUnits),
  gated(/\b(?:this|last|next) year\b/i, monthOfDeicticYear),
  gated(/\b(?:this|last|next|past|coming)\s+[A-Z]/, deicticMonths),
  gated(/weekend/i, weekends),
  gated(/\b(?:that|same|following|previous|preceding)\s/i, anaphoricPeriods),
  gated(/christmas|new year|independence|july|halloween|valentine|veterans|thanksgiving/i, holidays),
  gated(/quarter/i, namedQuarters),
  gated(/quarter/i, deicticQuarters),
  gated(/spring|summer|fall|autumn|winter/i, seasons),
  gated(/\ds\b|0['’]s|ties\b/i, decades),
  gated(/every|each/i, everyUnit),
  gated(/every|each/i, everyNamedDay),
  gated(/once|twice|times/i, ratePeriods),
  gated(/ly\b/, recurringAdverbs),
  gated(UNITS, pastUnit),
  gated(UNITS, countedDurations),
  gated(UNITS, hyphenDurations),
  gated(UNITS, vagueDurations),
  gated(/coming|ahead|s-long|s-old/i, vaguePlurals),
  gated(/year.{0,2}end|year['’]s end/i, yearEnd),
  gated(/recent|ago/i, recentPeriods),
  references,
  chronoDates,
  gated(/nineteen|twenty[- ]|two thousand/i, spokenYears),
  gated(/\d{4}/, years),
  gated(/year/i, theYear),
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
