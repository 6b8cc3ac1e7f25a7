// The one loop every pattern extractor shares: run a global regex over the text and turn each
// match into a candidate (or nothing). Keeps each extractor down to its pattern and its meaning.
import { parseQuantity } from '../numbers/words.js';
import type { Candidate, TimeContext, Unit } from './types.js';

export type Built = Omit<Candidate, 'start' | 'end' | 'text' | 'source'> & { start?: number; end?: number };

export function scan(
  ctx: TimeContext,
  source: string,
  re: RegExp,
  make: (m: RegExpExecArray) => Built | null,
): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const built = make(m);
    if (!built) continue;
    const start = built.start ?? m.index;
    const end = built.end ?? m.index + m[0].length;
    out.push({ ...built, start, end, text: ctx.text.slice(start, end), source });
  }
  return out;
}

/** Spelled or written amounts a time phrase may start with ("two", "24", "a", "twenty-four"). */
export const AMOUNT =
  '(?:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a dozen|half an?|a half|a couple of|couple of)(?:(?<=ty|hundred)[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred))?';

/** Vague amounts: TimeML writes their number as X ("several years" is PXY). */
export const VAGUE = '(?:several|a few|few|many|some|a number of|numerous)';

export const UNIT = '(?:minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'centurie' || w === 'century') return 'century';
  if (w === 'fortnight') return 'week';
  return (
    (['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade'] as const).find((u) => u === w) ??
    null
  );
}

export function amountOf(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (new RegExp(`^${VAGUE}$`).test(w)) return null;
  return parseQuantity(w);
}
