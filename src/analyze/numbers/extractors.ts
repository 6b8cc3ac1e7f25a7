// Figures in text: money ("$5 billion", "€3m"), percentages, digits with scale words ("1.5
// million"), spelled-out numbers ("two", "twenty-four"), ordinals and "90-minute" adjectives.
import type { NumberCandidate, NumberContext, NumberExtractor } from './types.js';
import { NUMBER_WORDS_SOURCE, ORDINALS, parseNumberWords } from './words.js';

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

const CURRENCY: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'JPY',
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
};

const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALES = 'thousand|million|billion|trillion|mln|mn|bn|tn|m|b|k';

function scan(
  ctx: NumberContext,
  source: string,
  re: RegExp,
  make: (m: RegExpExecArray) => Omit<NumberCandidate, 'start' | 'end' | 'text' | 'source'> | null,
): NumberCandidate[] {
  const out: NumberCandidate[] = [];
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    const built = make(m);
    if (built) out.push({ ...built, start: m.index, end: m.index + m[0].length, text: m[0], source });
  }
  return out;
}

function figure(
  digits: string | undefined,
  words: string | undefined,
  scale: string | undefined,
): number | null {
  const base =
    digits !== undefined
      ? Number(digits.replaceAll(',', ''))
      : words !== undefined
        ? parseNumberWords(words)
        : null;
  if (base === null || Number.isNaN(base)) return null;
  return base * (scale ? (SCALE[scale.toLowerCase()] ?? 1) : 1);
}

/** "$5 billion", "€3m", "US$1.2bn", "5 billion dollars", "seventy million dollars". */
export const money: NumberExtractor = (ctx) => [
  ...scan(ctx, 'money', new RegExp(`(US\\$|\\$|€|£|¥)\\s?(${DIGITS})(?:\\s?(${SCALES})\\b)?`, 'gi'), (m) => {
    const value = figure(m[2], undefined, m[3]);
    return value === null ? null : { value, unit: CURRENCY[m[1]!.toLowerCase()] ?? null, unitFixed: true };
  }),
  ...scan(
    ctx,
    'money-words',
    new RegExp(
      `\\b(?:(${DIGITS})|(${NUMBER_WORDS_SOURCE}))(?:\\s(${SCALES}))?\\s(dollars?|euros?|pounds|yen|roubles?|rubles?)\\b`,
      'gi',
    ),
    (m) => {
      const value = figure(m[1], m[2], m[3]);
      return value === null ? null : { value, unit: CURRENCY[m[4]!.toLowerCase()] ?? null, unitFixed: true };
    },
  ),
];

/** "12%", "twelve percent", "3.5 per cent", "two percentage points". */
export const percents: NumberExtractor = (ctx) =>
  scan(
    ctx,
    'percent',
    new RegExp(
      `\\b(?:(${DIGITS})|(${NUMBER_WORDS_SOURCE}))\\s?(%|percent\\b|per cent\\b|percentage points?\\b)`,
      'gi',
    ),
    (m) => {
      const value = figure(m[1], m[2], undefined);
      if (value === null) return null;
      return { value, unit: /point/i.test(m[3]!) ? 'percentage point' : 'percent', unitFixed: true };
    },
  );

/** "90-minute", "five-year", "10-mile": a number fused to its unit. */
export const hyphenUnits: NumberExtractor = (ctx) =>
  scan(
    ctx,
    'hyphen-unit',
    new RegExp(`(?<![\\w.,])(?:(${DIGITS})|(${NUMBER_WORDS_SOURCE}))-([a-z]+)\\b`, 'gi'),
    (m) => {
      const value = figure(m[1], m[2], undefined);
      const unit = m[3]!.toLowerCase();
      // "twenty-four" is one number, not twenty of a unit "four".
      if (
        value === null ||
        SCALE[unit] !== undefined ||
        parseNumberWords(unit) !== null ||
        /^(?:and|or|to|for|of|per|the|an?|old)$/.test(unit) ||
        unit.length < 3
      )
        return null;
      // "1,000-strong force", "40-odd ships": the suffix qualifies the count; the noun after is the unit.
      if (/^(?:strong|odd|plus|fold|some)$/.test(unit))
        return { value, unit: null, ...(/^(?:odd|plus|some)$/.test(unit) ? { approximate: true } : {}) };
      return { value, unit, unitFixed: true };
    },
  );

/** Digits with an optional scale word: "100,000", "1.5 million", "3bn". */
export const cardinals: NumberExtractor = (ctx) =>
  scan(
    ctx,
    'cardinal',
    new RegExp(`(?<![\\w.,-])(${DIGITS})(?:\\s?(${SCALES})\\b)?(?![\\w%-])`, 'gi'),
    (m) => {
      const value = figure(m[1], undefined, m[2]);
      return value === null ? null : { value, unit: null };
    },
  );

/** Spelled-out numbers: "two", "twenty-four", "one hundred thirty", "a dozen". */
export const wordCardinals: NumberExtractor = (ctx) =>
  scan(ctx, 'word-cardinal', new RegExp(`\\b(${NUMBER_WORDS_SOURCE})(?:\\s(${SCALES}))?\\b`, 'gi'), (m) => {
    const value = figure(undefined, m[1], m[2]);
    // "one" is as often a pronoun ("one of them", "no one") as a number.
    if (
      value === null ||
      (/^one$/i.test(m[1]!) &&
        /^\s+(?:of|another|who|that|in)\b/i.test(
          ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 9),
        ))
    )
      return null;
    if (/\bno\s$/i.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
    return { value, unit: null };
  });

const ORDINAL_WORDS = Object.keys(ORDINALS).join('|');

/** "third", "21st": ordinals carry the unit `ordinal`. */
export const ordinals: NumberExtractor = (ctx) =>
  scan(ctx, 'ordinal', new RegExp(`\\b(?:(\\d+)(?:st|nd|rd|th)|(${ORDINAL_WORDS}))\\b`, 'gi'), (m) => {
    const value = m[1] ? Number(m[1]) : ORDINALS[m[2]!.toLowerCase()];
    return value === undefined ? null : { value, unit: 'ordinal', unitFixed: true };
  });
