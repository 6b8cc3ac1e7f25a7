// Refiner: a run of unknown capitalised words ("Harbor Light Tavern", "Vantrell Systems", "Red
// Sox") is not a person by its shape alone. A guessed person stays one only when some mention of
// the same surname in the article shows it: (1) a role noun before it ("his lawyer, Mary Ellen
// Hardwick", "shelter manager Rosalind Tebbe"); (2) "identified as" / "named" before it; (3) an age
// after it ("Dwayne Okafor, 34,"); (4) "who" after it; (5) a speech verb beside a closing quote
// ('…," Hardwick said' / '…," said Hardwick'); (6) for a full name, a first word in the common
// first-name lists ("Manny Ramirez"). Otherwise it becomes `other`. A lone surname with
// such evidence and no full name elsewhere becomes a person too ("Okafor, 34, was charged").
import type { Reading, Token } from '../../nlp/index.js';
import { foldWord } from './fold.js';
import { isCommonFirstName, roleNouns } from './lexicon.js';
import type { Mention } from './mention.js';

const SPEECH = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'asked',
  'explained',
  'wrote',
  'argued',
  'noted',
  'insisted',
  'replied',
  'recalled',
  'testified',
]);
const CLOSING_QUOTE = /^["”’']$/;

const at = (tokens: readonly Token[], i: number): string => tokens[i]?.normal ?? '';

/** Steps 1–2: what stands before the name. */
function evidenceBefore(tokens: readonly Token[], first: number): boolean {
  const prev = at(tokens, first - 1);
  if (roleNouns.has(prev) && tokens[first - 1]?.text === prev) return true;
  if (prev === ',' && roleNouns.has(at(tokens, first - 2))) return true;
  if (prev === 'named' || (prev === 'as' && at(tokens, first - 2) === 'identified')) return true;
  // '…," said Jane Doe'
  return SPEECH.has(prev) && CLOSING_QUOTE.test(tokens[first - 2]?.text ?? '');
}

/** Steps 3–5: what follows it. */
function evidenceAfter(tokens: readonly Token[], first: number, last: number): boolean {
  const next = at(tokens, last + 1);
  if (next === ',' && tokens[last + 2]?.type === 'number' && at(tokens, last + 3) === ',') return true;
  if (next === ',' && at(tokens, last + 2) === 'who') return true;
  if (next === 'who' || next === 'whose') return true;
  // '…," Hardwick said'
  return SPEECH.has(next) && CLOSING_QUOTE.test(tokens[first - 1]?.text ?? '');
}

/** Step 6 (guessed full names only): the first word is a common first name ("Manny Ramirez"). */
const firstNamed = (m: Mention): boolean => m.guessed && m.words.length > 1 && isCommonFirstName(m.words[0]!);

function hasEvidence(reading: Reading, m: Mention): boolean {
  return (
    firstNamed(m) || evidenceBefore(reading.tokens, m.first) || evidenceAfter(reading.tokens, m.first, m.last)
  );
}

const surnameOf = (m: Mention): string => foldWord(m.words[m.words.length - 1] ?? '');

export function confirmPeople(reading: Reading, mentions: readonly Mention[]): Mention[] {
  const shown = new Set<string>();
  for (const m of mentions) {
    const person = m.type === 'person' && !m.guessed;
    if (person || ((m.type === 'person' || m.type === 'other') && hasEvidence(reading, m)))
      shown.add(surnameOf(m));
  }
  const fullNames = new Set(mentions.filter((m) => m.type === 'person' && m.words.length > 1).map(surnameOf));
  return mentions.map((m) => {
    if (m.guessed)
      return shown.has(surnameOf(m)) ? { ...m, guessed: false } : { ...m, type: 'other', guessed: false };
    const lone =
      m.type === 'other' && m.kind === 'name' && m.words.length === 1 && !fullNames.has(surnameOf(m));
    return lone && hasEvidence(reading, m) ? { ...m, type: 'person' } : m;
  });
}
