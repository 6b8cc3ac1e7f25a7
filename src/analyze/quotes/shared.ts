// What the attribution extractors share: sentence bounds, and a cue at a token with its speaker.
import { mainClauseStart } from './clause.js';
import { cuePhraseAt, isCueVerb } from './cue.js';
import { isQuoted, type QuoteDoc } from './doc.js';
import { nominalEndingAt, type SpeakerPhrase, speakerAfter, speakerBefore } from './np.js';

export { mainClauseStart };

export interface Attribution {
  kind: 'postfix' | 'prefix' | 'colon' | 'headline';
  /** First and last token of the cue: a reporting verb, a cue phrase, or the colon after a speaker. */
  cue: [number, number];
  /** Null when a cue was found but no speaker near it. */
  speaker: SpeakerPhrase | null;
}

export function sentenceBounds(doc: QuoteDoc, token: number): { first: number; last: number } {
  const s = doc.reading.sentences[doc.sentenceOf[token] ?? -1];
  return s ? { first: s.firstToken, last: s.lastToken } : { first: 0, last: doc.tokens.length - 1 };
}

export const phraseOf = (m: SpeakerPhrase['mention'] & object): SpeakerPhrase => ({
  first: m.first,
  last: m.last,
  mention: m,
  pronoun: null,
  head: null,
});

/** A cue (verb or phrase) at i with its speaker: before the verb, or after it when `inverted`. */
export function attributionAt(
  doc: QuoteDoc,
  i: number,
  floor: number,
  ceiling: number,
  kind: Attribution['kind'],
  inverted = false,
): Attribution | null {
  const phrase = cuePhraseAt(doc, i);
  if (phrase > 0) {
    const speaker = speakerAfter(doc, i + phrase - 1, ceiling, true);
    return speaker ? { kind, cue: [i, i + phrase - 1], speaker } : null;
  }
  // After a named speaker a mistagged cue is still one, right after a quote or right before a colon.
  if (!isCueVerb(doc, i, kind === 'postfix' || doc.tokens[i + 1]?.text === ':')) return null;
  // A speaker after the verb only in the inverted order right after a quote ("…," said Lavrov, "…,"
  // says a narrator: any noun there is the speaker); elsewhere the noun after the verb is its object,
  // the listener ("told reporters", "asked Lavrov").
  // A cue opening its sentence is inverted too ("Said Jane Roe, a neighbour: "…"").
  const opensSentence = sentenceBounds(doc, i).first === i && /^\p{Lu}/u.test(doc.tokens[i]!.text);
  const after = inverted || opensSentence ? speakerAfter(doc, i, ceiling, true) : null;
  const speaker = participleSubject(doc, i) ?? speakerBefore(doc, i, floor) ?? after ?? sharedSubject(doc, i);
  if (speaker) return { kind, cue: [i, i], speaker };
  // An infinitive or a question ("how to respond to a "minor incursion"") reports nobody's words.
  const unasserted = NON_ASSERTING.has(doc.tokens[i - 1]?.normal ?? '');
  return kind === 'prefix' && !inverted && !unasserted ? { kind, cue: [i, i], speaker: null } : null;
}

/**
 * "The senator criticised the accord adopted in Paris, saying …": a participle after a comma is
 * said by the subject of the clause it hangs on, not by the noun that ends that clause.
 */
function participleSubject(doc: QuoteDoc, cue: number): SpeakerPhrase | null {
  const t = doc.tokens[cue]!;
  if (!/ing$/i.test(t.text)) return null;
  if (afterComma(doc, cue)) return sharedSubject(doc, cue);
  return issuedObject(doc, cue) ? clauseSubject(doc, cue) : null;
}

const PARTICLES = new Set(['out', 'up', 'off']);

/**
 * "The town released a statement saying …" / "the campaign sent out an email saying …": a
 * participle after the object of a verb is said through that object by the verb's subject.
 */
function issuedObject(doc: QuoteDoc, cue: number): boolean {
  const object = speakerBefore(doc, cue, Math.max(0, cue - 8));
  if (!object || object.mention || object.pronoun || object.relative !== undefined) return false;
  let v = object.first - 1;
  if (PARTICLES.has(doc.tokens[v]?.normal ?? '')) v--;
  return doc.tokens[v]?.pos === 'VERB';
}

/** A comma before the token, also one inside a quote that just closed (`called it "rushed," adding`). */
function afterComma(doc: QuoteDoc, i: number): boolean {
  const start = doc.tokens[i]!.start;
  return /,\s*$|,["”’]\s*$/.test(doc.text.slice(Math.max(0, start - 4), start));
}

const COORDINATION = new Set(['and', 'but', ',', 'then']);
const NON_ASSERTING = new Set([
  'to',
  'how',
  'whether',
  'not',
  "n't",
  'never',
  'would',
  'could',
  'should',
  'might',
  'may',
]);

/**
 * A cue in a coordinated or participial verb phrase shares the clause's subject: "Lavrov described
 * the meeting as useful but stressed: …", "The U.S. sanctioned them, calling them …", "…," she said,
 * adding: "…". Cascade: (1) the speaker of an earlier cue in the sentence; (2) the first name of the
 * main clause (after an opening "After …," clause), outside quotes; (3) a pronoun or a description
 * opening the sentence.
 */
function sharedSubject(doc: QuoteDoc, cue: number): SpeakerPhrase | null {
  if (!COORDINATION.has(doc.tokens[cue - 1]?.normal ?? '') && !afterComma(doc, cue)) return null;
  const { first } = sentenceBounds(doc, cue);
  for (let k = cue - 1; k > first; k--) {
    const earlier =
      isCueVerb(doc, k) && !isQuoted(doc, doc.tokens[k]!.start) ? speakerBefore(doc, k, first) : null;
    if (earlier) return earlier;
  }
  return clauseSubject(doc, cue);
}

function clauseSubject(doc: QuoteDoc, cue: number): SpeakerPhrase | null {
  const { first } = sentenceBounds(doc, cue);
  const from = mainClauseStart(doc, first, cue);
  // The subject stands before the clause's first verb: "She repeated it …, telling the BBC …" is not the BBC's.
  let verb = from;
  while (verb < cue && doc.tokens[verb]!.pos !== 'VERB') verb++;
  return firstActor(doc, from, verb) ?? openingPhrase(doc, from, cue);
}

function firstActor(doc: QuoteDoc, from: number, cue: number): SpeakerPhrase | null {
  for (let k = from; k < cue; k++) {
    const m = doc.mentionStartingAt.get(k);
    if (!m || isQuoted(doc, m.start)) continue;
    if (m.type === 'person' || m.type === 'organization') return phraseOf(m);
    // A country as an actor ("The U.S. sanctioned…"), not as a modifier ("U.S. officials").
    const next = doc.tokens[m.last + 1]?.pos;
    if (m.kind === 'country' && next !== 'NOUN' && next !== 'PROPN') return phraseOf(m);
  }
  return null;
}

const OPENING_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

export function openingPhrase(doc: QuoteDoc, from: number, cue: number): SpeakerPhrase | null {
  const lead = doc.tokens[from];
  if (lead && OPENING_PRONOUNS.has(lead.normal) && lead.pos === 'PRON') {
    return { first: from, last: from, mention: null, pronoun: lead.normal, head: null };
  }
  // "The veteran diplomat began by …, saying …": a description opening the sentence.
  for (let k = from; k < Math.min(cue, from + 6); k++) {
    const noun = (t: number) => doc.tokens[t]?.pos === 'NOUN' || doc.tokens[t]?.pos === 'PROPN';
    // Past the determiner and modifiers to the head: the last noun of the opening run.
    if (!noun(k) || noun(k + 1)) continue;
    const np = nominalEndingAt(doc, k);
    return np?.first === from ? np : null;
  }
  return null;
}
