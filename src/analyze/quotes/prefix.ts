// Extractors: the attribution before an opening mark.
//   prefix     Lavrov said he did not "…" / Blinken said, "…" / what Mr Blinken called a "…"
//   colon      Lavrov: "…" / Lavrov stressed: "…" / a paragraph ending "Blinken continued:" before the quote
//   headline   "Lavrov: Talks Were ‘Useful’ but No Breakthrough" — a name and a colon open the sentence
import type { QuoteDoc } from './doc.js';
import { isQuoted, tokenAt } from './doc.js';
import type { QuotedPassage } from './marks.js';
import { type SpeakerPhrase, speakerBefore } from './np.js';
import {
  type Attribution,
  attributionAt,
  mainClauseStart,
  openingPhrase,
  phraseOf,
  sentenceBounds,
} from './shared.js';

const NOT_REPORTED = new Set(['which', 'who', 'whom', '—', '–', '(']);
const CLAUSE_BREAKS = new Set([';', 'while', 'whereas', 'but', 'although', 'though', '”', '"']);

/** The nearest cue before token `from` (exclusive) down to `floor`, stopping at a clause break. */
function cueBefore(
  doc: QuoteDoc,
  from: number,
  floor: number,
  ceiling: number,
  speakerFloor = floor,
): Attribution | null {
  let unnamed: Attribution | null = null;
  for (let k = from - 1; k >= floor; k--) {
    if (CLAUSE_BREAKS.has(doc.tokens[k]!.normal)) break;
    // The cue is looked for near the quote; its subject may stand further back, behind an aside.
    const found = attributionAt(doc, k, speakerFloor, ceiling, 'prefix');
    if (found?.speaker) return outermost(doc, found, floor, ceiling);
    // A cue with no speaker in reach: an earlier cue in the clause may name one ("X said she was told "…"").
    unnamed ??= found;
  }
  return unnamed && { ...unnamed, speaker: clauseSubject(doc, unnamed.cue[0], floor) };
}

/**
 * "Mr Roe said Ms Doe called it "…"" / "He says he believes "…"": the cue in a reported clause is
 * reported by the cue before it; the attribution that carries the quote is the outer one.
 */
function outermost(doc: QuoteDoc, inner: Attribution, floor: number, ceiling: number): Attribution {
  let found = inner;
  for (let k = (inner.speaker?.first ?? inner.cue[0]) - 1; k >= floor; k--) {
    // A relative clause or an aside after a dash is not what the earlier cue reports ("…, said X —
    // which he added "is regrettable"").
    if (CLAUSE_BREAKS.has(doc.tokens[k]!.normal) || NOT_REPORTED.has(doc.tokens[k]!.normal)) break;
    const outer = attributionAt(doc, k, floor, ceiling, 'prefix');
    if (outer?.speaker && outer.speaker.last < found.cue[0]) {
      found = outer;
      k = outer.speaker.first;
    }
  }
  return found;
}

/** The first person or organisation named in the clause before a cue: its likely subject. */
function clauseSubject(doc: QuoteDoc, cue: number, floor: number): SpeakerPhrase | null {
  // A pronoun or description opening the clause is its subject ("The retired surgeon … called it").
  const opening = openingPhrase(doc, mainClauseStart(doc, floor, cue), cue);
  if (opening) return opening;
  for (let k = floor; k < cue; k++) {
    const m = doc.mentionStartingAt.get(k);
    if (m && (m.type === 'person' || m.type === 'organization') && !isQuoted(doc, m.start))
      return phraseOf(m);
  }
  return null;
}

/** Lavrov: "…" / Lavrov stressed: "…" / Blinken observed, as talks ended, the following: "…" */
function colonAttribution(doc: QuoteDoc, colon: number, floor: number): Attribution | null {
  const viaCue = cueBefore(doc, colon, floor, colon - 1);
  if (viaCue) return viaCue;
  const speaker = speakerBefore(doc, colon, floor);
  return speaker?.mention?.type === 'person' || speaker?.mention?.type === 'organization'
    ? { kind: 'colon', cue: [colon, colon], speaker }
    : null;
}

/** The colon that ends the previous paragraph, when the quote opens a paragraph. */
function paragraphColon(doc: QuoteDoc, o: number): number {
  const prev = doc.tokens[o - 1];
  if (prev?.pos !== 'SPACE') return -1;
  let k = o - 1;
  while (k >= 0 && doc.tokens[k]!.pos === 'SPACE') k--;
  return doc.tokens[k]?.text === ':' ? k : -1;
}

/** "Lavrov: …" at the head of the sentence names the speaker of every quote in it. */
function headlineSpeaker(doc: QuoteDoc, first: number, o: number): Attribution | null {
  const m = doc.mentionStartingAt.get(first);
  if (m?.type !== 'person' || doc.tokens[m.last + 1]?.text !== ':' || m.last + 1 >= o) return null;
  return { kind: 'headline', cue: [m.last + 1, m.last + 1], speaker: phraseOf(m) };
}

export function prefixAttribution(doc: QuoteDoc, q: QuotedPassage, floorOffset: number): Attribution | null {
  const o = tokenAt(doc, q.open);
  const pc = paragraphColon(doc, o);
  if (pc !== -1)
    return colonAttribution(doc, pc, Math.max(sentenceBounds(doc, pc).first, tokenAt(doc, floorOffset)));
  const { first } = sentenceBounds(doc, Math.min(o, doc.tokens.length - 1));
  const clauseFloor = Math.max(first, tokenAt(doc, floorOffset));
  const floor = Math.max(clauseFloor, o - doc.config.prefixWindow);
  if (doc.tokens[o - 1]?.text === ':') {
    const colon = colonAttribution(doc, o - 1, floor);
    if (colon) return colon;
  }
  // A headline's "Name:" outranks the title-cased words after it ("Roe: Doe Asking for "…"").
  return headlineSpeaker(doc, first, o) ?? cueBefore(doc, o, floor, o - 1, clauseFloor);
}
