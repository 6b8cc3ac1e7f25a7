// TimeML's vague references to the present, past and future: "now", "currently", "recently",
// "the past", "the future", "soon". Their value needs no anchor.
import { scan } from '../scan.js';
import type { Extractor } from '../types.js';

const REFS: [RegExp, string][] = [
  [
    /^(?:now|currently|current|at present|presently|nowadays|these days|at the moment|right now|just now)$/i,
    'PRESENT_REF',
  ],
  [/^(?:recently|recent|lately|the past|previously|formerly|once|earlier|in the past)$/i, 'PAST_REF'],
  [/^(?:the future|future|soon|shortly|in the future|eventually|some day|someday)$/i, 'FUTURE_REF'],
];

// "once" and "earlier" are too often not temporal references in the TimeML sense; "current" is
// one only before a period-like noun or standing alone as "the current …" about time.
const WORDS =
  /\b(?:right now|just now|now|currently|at present|presently|nowadays|these days|at the moment|recently|lately|the past(?! (?:few|several|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|quarter|century|hour))|previously|formerly|the future|soon|shortly)\b/gi;

export const references: Extractor = (ctx) =>
  scan(ctx, 'reference', WORDS, (m) => {
    const word = m[0];
    // "now" as a discourse marker after a full stop ("Now, …") still refers to the present in TimeML.
    const hit = REFS.find(([re]) => re.test(word));
    return hit ? { type: 'DATE', value: hit[1], provenance: 'stated' } : null;
  });

/** "recent years", "recent months": a vague stretch of the past (PXY, PXM). */
export const recentPeriods: Extractor = (ctx) =>
  scan(ctx, 'recent-period', /\brecent (years|months|weeks|days|decades)\b/gi, (m) => ({
    type: 'DURATION',
    value: `PX${m[1]!.toLowerCase() === 'decades' ? 'DE' : m[1]![0]!.toUpperCase()}`,
    provenance: 'stated',
  }));
