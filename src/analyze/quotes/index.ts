// Quotes and speakers of one article: quoted passages → attributions → speakers resolved →
// refiners (continuation, scare quotes) → plus reliable indirect speech.
import type { Reading } from '../../nlp/index.js';
import type { ArticleEntity, Quote } from '../../types/article.js';
import { type QuotesConfig, quotesConfig } from '../config.js';
import type { ResolvedMention } from '../entities/index.js';
import { clauseSpeaker, narrativeSpeaker } from './context.js';
import { inheritSpeakers } from './continuation.js';
import { cueSpan } from './cue.js';
import { makeQuoteDoc, type QuoteDoc, tokenAt } from './doc.js';
import type { DraftQuote } from './draft.js';
import { findIndirectSpeech } from './indirect.js';
import type { QuotedPassage } from './marks.js';
import { outerAttribution } from './outer.js';
import { postfixAttribution } from './postfix.js';
import { prefixAttribution } from './prefix.js';
import { type PriorSpeaker, resolveSpeaker, type SpeakerResolution } from './resolve.js';
import { markScareQuotes } from './scare.js';
import type { Attribution } from './shared.js';
import { signatureAttribution } from './signature.js';
import { tailAttribution } from './tail.js';

export { findQuotedPassages } from './marks.js';

const DEFAULTS: QuotesConfig = quotesConfig.parse({});

/** Prefix first when words precede the quote in its sentence ("Lavrov said he did not "…""). */
function attribute(doc: QuoteDoc, q: QuotedPassage, floorOffset: number): Attribution | null {
  const o = tokenAt(doc, q.open);
  const sentence = doc.reading.sentences[doc.sentenceOf[o] ?? -1];
  const midSentence = sentence !== undefined && sentence.firstToken < o && doc.tokens[o - 1]?.pos !== 'SPACE';
  // A signature ("…" ― Name) is the most specific attribution there is.
  const att =
    signatureAttribution(doc, q) ??
    (midSentence
      ? (prefixAttribution(doc, q, floorOffset) ?? postfixAttribution(doc, q))
      : (postfixAttribution(doc, q) ?? prefixAttribution(doc, q, floorOffset)));
  const found = att ?? (isStatement(doc, q) ? tailAttribution(doc, q) : null);
  return found && outerAttribution(doc, found);
}

/** Words that could be a scare quote are left alone; a full sentence, however short, is someone's. */
function isStatement(doc: QuoteDoc, q: QuotedPassage): boolean {
  const quoted = doc.text.slice(q.start, q.end);
  return quoted.split(/\s+/).length > doc.config.maxScareWords || /[.!?]$/.test(quoted);
}

function directQuotes(doc: QuoteDoc): DraftQuote[] {
  const prior: PriorSpeaker[] = [];
  let floor = 0;
  return doc.passages.map((q) => {
    const from = floor;
    floor = q.close + 1;
    const att = attribute(doc, q, from);
    const base = {
      start: q.start,
      end: q.end,
      text: doc.text.slice(q.start, q.end),
      direct: true,
      open: q.open,
      close: q.close,
    };
    if (!att) return { ...base, ...contextSpeaker(doc, q, from, prior), cue: null };
    const cue = cueSpan(doc, att.cue[0], att.cue[1]);
    // A cue whose speaker is not in the sentence (a listener stands after "told"): the quote is
    // attributed, to nobody we can name.
    if (!att.speaker) return { ...base, speaker: null, speakerName: null, speakerMention: null, cue };
    const resolved = resolveSpeaker(doc, att.speaker, prior);
    prior.push({
      token: att.cue[0],
      mention: att.speaker.mention ?? mentionOf(doc, resolved.speaker),
      entity: resolved.speaker,
    });
    return { ...base, ...resolved, cue };
  });
}

/** No cue: a quote longer than a scare quote may still be placed by its clause or paragraph (context.ts). */
function contextSpeaker(
  doc: QuoteDoc,
  q: QuotedPassage,
  floor: number,
  prior: readonly PriorSpeaker[],
): SpeakerResolution {
  const phrase = isStatement(doc, q) ? (clauseSpeaker(doc, q, floor) ?? narrativeSpeaker(doc, q)) : null;
  return phrase
    ? resolveSpeaker(doc, phrase, prior)
    : { speaker: null, speakerName: null, speakerMention: null };
}

function mentionOf(doc: QuoteDoc, entity: string | null): ResolvedMention | null {
  return entity ? (doc.mentions.find((m) => m.entity === entity) ?? null) : null;
}

function indirectQuotes(doc: QuoteDoc): Quote[] {
  const prior: PriorSpeaker[] = [];
  return findIndirectSpeech(doc).map((s) => {
    const start = doc.tokens[s.first]!.start;
    const end = doc.tokens[s.last]!.end;
    const resolved = resolveSpeaker(doc, s.speaker, prior);
    return {
      start,
      end,
      text: doc.text.slice(start, end),
      direct: false,
      ...resolved,
      cue: cueSpan(doc, s.cue, s.cue),
    };
  });
}

/** Direct quotes (with scare quotes marked) and reliable indirect speech, in text order. */
export function extractQuotes(
  text: string,
  reading: Reading,
  mentions: readonly ResolvedMention[],
  table: readonly ArticleEntity[],
  options: Partial<QuotesConfig> = {},
): Quote[] {
  const config = { ...DEFAULTS, ...options };
  const doc = makeQuoteDoc(text, reading, mentions, table, config);
  const direct = markScareQuotes(inheritSpeakers(text, directQuotes(doc)), config.maxScareWords).map(
    ({ open: _o, close: _c, ...q }) => q,
  );
  const indirect = config.indirect ? indirectQuotes(doc) : [];
  return [...direct, ...indirect].sort((a, b) => a.start - b.start);
}
