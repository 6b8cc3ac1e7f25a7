// 10. A number or a unit of time in a thesaurus's words: WordNet files "one" with "ane", "three"
// with "iii", "eight" with "viii", "year" with "twelvemonth", "week" with "hebdomad", "morning" with
// "forenoon"; a spinner puts any of them where the word stood ("the iii suspects", "ane of the
// victims", "later this twelvemonth"). Writers put a figure or the plain word. Counted: a rare word
// never tagged in the sense it shares with the number or unit, where that sense is the number's or
// unit's usual one ("unmatched" shares a sense with "one", but not the one "one" is used in).
import { type SpinSignal, wordsOf } from './intrinsic.js';
import { BoundedMemo } from './memo.js';
import { frequency, usualSense } from './rarity.js';
import { baseOf, sensesOf, synonymsIn } from './senses.js';

/** Numbers and units of time as writers spell them. */
const PLAIN = new Set(
  (
    'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand ' +
    'million billion trillion dozen first second third fourth fifth sixth seventh eighth ninth tenth ' +
    'year month week day hour minute morning afternoon evening night noon midnight decade century'
  ).split(' '),
);
/** Per 51 million: "outset", "inaugural" and "trey" are a writer's words, whatever their senses. */
const RARE = 20;
const WEIGHT = 0.3;

const numbers = new BoundedMemo<string, string | null>();

/** The number word a rare word stands for in a sense it is never tagged in ("ane" → "one"), or null. */
export function numberFor(word: string): string | null {
  if (PLAIN.has(word)) return null;
  const known = numbers.get(word);
  if (known !== undefined) return known;
  const lemma = baseOf(word) ?? word;
  let out: string | null = null;
  if (!PLAIN.has(lemma) && frequency(lemma) <= RARE)
    for (const s of sensesOf(lemma)) {
      if (s.count > 0) continue;
      const n = synonymsIn(s.synset, lemma).find((o) => PLAIN.has(o) && usualSense(o, s.synset));
      if (n) {
        out = n;
        break;
      }
    }
  numbers.set(word, out);
  return out;
}

export function numberWords(text: string): SpinSignal[] {
  const { tokens, quoted } = wordsOf(text);
  const out: SpinSignal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = text.slice(t.start, t.end);
    // Lower case only: "III" after a name is a regnal number, "Meg" a name; "(iii)" numbers a list.
    if (quoted[i] || frequency(t.norm) > RARE || !/^[a-z]{2,}$/.test(word) || text[t.start - 1] === '(')
      continue;
    const n = numberFor(word);
    if (n)
      out.push({
        kind: 'number-word',
        start: t.start,
        end: t.end,
        weight: WEIGHT,
        evidence: `"${word}" for "${n}"`,
      });
  }
  return out;
}
