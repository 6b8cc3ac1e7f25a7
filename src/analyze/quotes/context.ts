// Extractors of last resort, for a quote with no cue near it (run only on quotes longer than a
// scare quote, so Western "hysteria" stays unattributed):
//   subject     The mayor's rival urged voters to "look at the record first": the person or organisation that
//               opens the clause is taken as the speaker of the quoted words in it;
//   narrative   Ms Okafor is confident about the vote. ¶ "We will win this…": a quote that opens a
//               paragraph belongs to the person the sentence before it is about.
import { isQuoted, type QuoteDoc, tokenAt } from './doc.js';
import type { QuotedPassage } from './marks.js';
import type { SpeakerPhrase } from './np.js';
import { mainClauseStart, openingPhrase, phraseOf, sentenceBounds } from './shared.js';

function firstActor(doc: QuoteDoc, from: number, to: number) {
  for (let k = from; k < to; k++) {
    const m = doc.mentionStartingAt.get(k);
    if (m && (m.type === 'person' || m.type === 'organization') && !isQuoted(doc, m.start)) return m;
  }
  return null;
}

export function clauseSpeaker(doc: QuoteDoc, q: QuotedPassage, floorOffset: number): SpeakerPhrase | null {
  const o = tokenAt(doc, q.open);
  const { first } = sentenceBounds(doc, Math.min(o, doc.tokens.length - 1));
  const from = mainClauseStart(doc, Math.max(first, tokenAt(doc, floorOffset)), o);
  if (from >= o) return null;
  // The clause's subject when it opens with one ("He argued the group is "in retreat""; "The ad
  // hits Roe for "…""), else the first person or organisation named in it.
  const m = firstActor(doc, from, o);
  return openingPhrase(doc, from, o) ?? (m ? phraseOf(m) : null);
}

export function narrativeSpeaker(doc: QuoteDoc, q: QuotedPassage): SpeakerPhrase | null {
  const o = tokenAt(doc, q.open);
  if (doc.tokens[o - 1] && doc.tokens[o - 1]!.pos !== 'SPACE') return null;
  const here = doc.sentenceOf[Math.min(o, doc.tokens.length - 1)] ?? 0;
  const prev = doc.reading.sentences[here - 1];
  if (!prev || /["“”]/.test(doc.text.slice(prev.start, prev.end))) return null;
  const from = mainClauseStart(doc, prev.firstToken, prev.lastToken + 1);
  const lead = openingPhrase(doc, from, prev.lastToken + 1);
  if (lead && (lead.pronoun === 'he' || lead.pronoun === 'she' || lead.head)) return lead;
  const m = firstActor(doc, prev.firstToken, prev.lastToken + 1);
  return m?.type === 'person' ? phraseOf(m) : null;
}
