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
  [/^(?:the (?:near |foreseeable |distant )?future|future|soon|the (?:near|short) term)$/i, 'FUTURE_REF'],
];

// TimeML annotates the words that locate an event in time; "once", "earlier", "previously",
// "soon" and "shortly" mostly qualify the verb instead ("previously reported") and are left out.
const WORDS =
  /\b(?:right now|just now|now|currently|at present|presently|nowadays|these days|at the moment|recently|current|lately|the past(?! (?:few|several|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|decade|quarter|century|hour))|the (?:near |foreseeable |distant )?future|the (?:near|short) term)\b/gi;

export const references: Extractor = (ctx) =>
  scan(ctx, 'reference', WORDS, (m) => {
    const word = m[0];
    // "now" as a discourse marker after a full stop ("Now, …") still refers to the present in TimeML.
    const hit = REFS.find(([re]) => re.test(word));
    return hit ? { type: 'DATE', value: hit[1], provenance: 'stated' } : null;
  });

/** "recent years", "several years ago": TimeBank writes these as the past, not as a count (PAST_REF). */
export const recentPeriods: Extractor = (ctx) =>
  scan(
    ctx,
    'recent-period',
    /\b(?:(?:in\s+)?recent (?:years|months|weeks|days|decades)|(?:several|a few|many|some) (?:years|months|weeks|decades) ago)\b/gi,
    (m) => ({
      start: m.index + (/^in\s+/i.exec(m[0])?.[0].length ?? 0),
      type: 'DATE',
      value: 'PAST_REF',
      provenance: 'stated',
    }),
  );
