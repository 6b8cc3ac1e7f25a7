// Speaker noun phrases next to a cue: a name ("Mr Lavrov"), a pronoun ("he"), or a description
// headed by a speaker noun ("a senior State Department official", "the statement").
import type { ResolvedMention } from '../entities/index.js';
import type { QuoteDoc } from './doc.js';
import { pronounGender, speakerNouns } from './lexicon.js';
import { NOT_SPEAKERS, TIME_NAMES } from './np-words.js';

export interface SpeakerPhrase {
  first: number;
  last: number;
  mention: ResolvedMention | null;
  pronoun: string | null;
  /** Head noun of a description ("official"), when the phrase is not a name or pronoun. */
  head: string | null;
  /** The relative pronoun that is the cue's own subject ("Mr Lavrov, who said …"): the mention to report. */
  relative?: number;
}

const NOMINAL_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET', 'PART']);
const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
const MAX_SKIP = 3;
const MAX_ASIDE = 16;
// "said former Ohio Gov. and party finance committee Chairman John Roe"
const MAX_AFTER = 14;

/** Steps back over a parenthesis "(R-TX)" or a comma-delimited aside ", for his part," ending at j. */
function skipAside(doc: QuoteDoc, j: number): number {
  const t = doc.tokens[j];
  if (t?.text === ')') {
    for (let k = j - 1; k >= Math.max(0, j - 8); k--) if (doc.tokens[k]!.text === '(') return k - 1;
  }
  if (t?.text === ',') {
    for (let k = j - 1; k >= Math.max(0, j - MAX_ASIDE); k--) {
      if (doc.tokens[k]!.text !== ',') continue;
      // Only an aside if a name or pronoun stands right before it ("Mr Lavrov, for his part, said"),
      // a party label in parentheses and all ("Sen. Jane Roe (D-Mo.), who backs Doe, said"). A place
      // there is inside the aside ("Roe, at a town hall in Columbus, Ohio, said"): look further back.
      const e = doc.tokens[k - 1]?.text === ')' ? skipAside(doc, k - 1) : k - 1;
      if (doc.mentionEndingAt.get(e)?.type === 'place') continue;
      const described = speakerNouns.has(doc.tokens[e]?.normal ?? '') && nominalEndingAt(doc, e) !== null;
      return doc.mentionEndingAt.has(e) || pronounGender.has(doc.tokens[e]?.normal ?? '') || described
        ? e
        : j;
    }
  }
  return j;
}

// Indefinite pronouns that speak ("another said", "someone called it …"), and "it" (a statement, an
// organisation, an ad: "it said"): speakers whose referent is left open.
const INDEFINITES = new Set([
  'someone',
  'somebody',
  'another',
  'others',
  'many',
  'some',
  'one',
  'several',
  'few',
  'it',
]);

function pronounAt(doc: QuoteDoc, j: number): SpeakerPhrase | null {
  const t = doc.tokens[j];
  if (
    t &&
    INDEFINITES.has(t.normal) &&
    (t.pos === 'PRON' || t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'ADJ')
  )
    return { first: j, last: j, mention: null, pronoun: t.normal, head: null };
  if (!t || !pronounGender.has(t.normal) || t.normal === 'him' || t.normal === 'her') return null;
  return { first: j, last: j, mention: null, pronoun: t.normal, head: null };
}

/** A description ending at j: determiner, modifiers and a speaker noun as head. */
export function nominalEndingAt(doc: QuoteDoc, j: number): SpeakerPhrase | null {
  const head = doc.tokens[j];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN') || NOT_SPEAKERS.has(head.normal)) return null;
  let first = j;
  let determined = false;
  while (first > 0 && first > j - 7 && NOMINAL_POS.has(doc.tokens[first - 1]!.pos)) {
    first--;
    const t = doc.tokens[first]!;
    // A determiner or a possessive ("the newspaper", "Lavrov's ministry") closes the phrase.
    if (t.pos === 'DET' || t.pos === 'PART' || t.pos === 'NUM') {
      determined = true;
      if (t.pos === 'DET') break;
    }
  }
  // Any noun with a determiner can speak ("the newspaper said"); a bare noun only if it is a speaker
  // noun, or a name the entity stage did not recognise ("Skelly called it …").
  const name = head.pos === 'PROPN' && /^\p{Lu}/u.test(head.text) && !TIME_NAMES.has(head.normal);
  if (!speakerNouns.has(head.normal) && !determined && !name) return null;
  return { first, last: j, mention: null, pronoun: null, head: head.normal };
}

function phraseEndingAt(doc: QuoteDoc, j: number): SpeakerPhrase | null {
  const m = doc.mentionEndingAt.get(j);
  if (m && m.type !== 'place') return { first: m.first, last: m.last, mention: m, pronoun: null, head: null };
  // A place speaks only as a country's government ("Russia said"), never a city or a region.
  const country =
    m?.kind === 'country' ? { first: m.first, last: m.last, mention: m, pronoun: null, head: null } : null;
  return country ?? pronounAt(doc, j) ?? nominalEndingAt(doc, j);
}

const RELATIVES = new Set(['who', 'which', 'that']);
// Words that may stand between a relative pronoun and its cue ("who has in the past said").
const MAX_RELATIVE_GAP = 6;

/**
 * "Mr Lavrov, who has said …" / "the ministry, which said …": the cue's subject is the relative
 * pronoun, which refers to the name before its comma. The pronoun is the mention reported.
 */
function relativeSubject(doc: QuoteDoc, cue: number, floor: number): SpeakerPhrase | null {
  for (let r = cue - 1; r >= Math.max(floor + 1, cue - MAX_RELATIVE_GAP); r--) {
    const t = doc.tokens[r]!;
    if (t.normal === 'who' || (RELATIVES.has(t.normal) && doc.tokens[r - 1]?.text === ',')) {
      const before = doc.tokens[r - 1]?.text === ',' ? skipAside(doc, r - 2) : r - 1;
      const antecedent = before >= floor ? phraseEndingAt(doc, before) : null;
      return {
        ...(antecedent ?? { first: r, last: r, mention: null, pronoun: null, head: null }),
        relative: r,
      };
    }
    if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SPACE') return null;
    // "which he described as …": a subject after the relative makes the relative the object.
    if (pronounGender.has(t.normal) || doc.mentionEndingAt.has(r)) return null;
  }
  return null;
}

/** The speaker phrase that ends just before token `cue` (the subject of "X said"). */
export function speakerBefore(doc: QuoteDoc, cue: number, floor: number): SpeakerPhrase | null {
  const relative = relativeSubject(doc, cue, floor);
  if (relative) return relative;
  let j = cue - 1;
  for (let skipped = 0; j >= floor && SKIPPABLE.has(doc.tokens[j]!.pos) && skipped < MAX_SKIP; skipped++) j--;
  if (j < floor) return null;
  const direct = phraseEndingAt(doc, j);
  if (direct) return direct;
  const k = skipAside(doc, j);
  return k !== j && k >= floor ? phraseEndingAt(doc, k) : null;
}

/** The speaker phrase that starts right after token `cue` ("said Mr Lavrov", "according to the official"). */
export function speakerAfter(
  doc: QuoteDoc,
  cue: number,
  ceiling: number,
  anyNoun: boolean,
): SpeakerPhrase | null {
  const limit = Math.min(ceiling, cue + MAX_AFTER);
  for (let i = cue + 1; i <= limit; i++) {
    const t = doc.tokens[i]!;
    const m = doc.mentionStartingAt.get(i);
    if (m && m.type !== 'place')
      return { first: cue + 1, last: m.last, mention: m, pronoun: null, head: null };
    if (i === cue + 1 && pronounAt(doc, i)) return pronounAt(doc, i);
    const nounHead = anyNoun && t.pos === 'NOUN' && doc.tokens[i + 1]?.pos !== 'NOUN';
    if ((speakerNouns.has(t.normal) || nounHead) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      const nextMention = doc.mentionStartingAt.get(i + 1);
      if (nextMention?.type === 'person') continue;
      return { first: cue + 1, last: i, mention: null, pronoun: null, head: t.normal };
    }
    if (!NOMINAL_POS.has(t.pos) && t.normal !== 'of' && t.pos !== 'CCONJ' && !t.text.endsWith('.'))
      return null;
  }
  return null;
}
