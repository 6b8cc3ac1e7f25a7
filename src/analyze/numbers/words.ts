// Numbers written as words ("twenty four", "one hundred thirty", "a dozen"), shared with the time
// extractors ("two weeks", "the past three months").

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  twentieth: 20,
  thirtieth: 30,
  hundredth: 100,
};

/** A regex source matching one spelled-out cardinal of up to a few words ("twenty-four", "one hundred"). */
const WORD = [...Object.keys(SMALL), ...Object.keys(SCALES)].sort((a, b) => b.length - a.length).join('|');
// Bounded repetition: a number is a few words long, and an unbounded `*` makes long runs of
// number words (spoken transcripts) quadratic for patterns that fail after them.
export const NUMBER_WORDS_SOURCE = `(?:${WORD})(?:(?:[- ]|\\s+and\\s+)(?:${WORD})){0,7}`;

/** The value of a spelled-out cardinal, or null when a word is not a number word. */
export function parseNumberWords(input: string): number | null {
  const words = input
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const small = SMALL[w];
    const scale = SCALES[w];
    if (small !== undefined) {
      // "one five thousand" (digits read out) and "twenty thirty" are not one number.
      const last = current % 100;
      if (last !== 0 && (last < 20 || last % 10 !== 0 || small >= 10)) return null;
      current += small;
      seen = true;
    } else if (scale !== undefined) {
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** "a"/"an"/"one" → 1, digits → their value, words → their value; null otherwise. */
export function parseQuantity(input: string): number | null {
  const s = input.trim().toLowerCase();
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a dozen' || s === 'dozen') return 12;
  if (/^(?:a )?couple of$/.test(s)) return 2;
  if (/^(?:half an?|a half)$/.test(s)) return 0.5;
  const digits = Number(s.replaceAll(',', ''));
  if (s !== '' && !Number.isNaN(digits)) return digits;
  return parseNumberWords(s);
}
