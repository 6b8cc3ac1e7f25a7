// Who a speaker phrase refers to. A name is its entity; "he"/"she" is the nearest compatible earlier
// speaker or person (a small coreference: the subject of the previous attribution, else the first
// person named in the nearest earlier sentence); "the official" is an earlier description with the
// same head ("a senior State Department official") or the person whose role it names ("the
// secretary" → the Secretary of State).
import type { Span } from '../../types/article.js';
import type { ResolvedMention } from '../entities/index.js';
import { isQuoted, type QuoteDoc } from './doc.js';
import { pronounGender } from './lexicon.js';
import { nominalEndingAt, type SpeakerPhrase } from './np.js';

export interface SpeakerResolution {
  speaker: string | null;
  speakerName: string | null;
  speakerMention: Span | null;
}

/** An attribution already resolved earlier in the article: pronouns later on may point to it. */
export interface PriorSpeaker {
  token: number;
  mention: ResolvedMention | null;
  entity: string | null;
}

function spanOf(doc: QuoteDoc, first: number, last: number): Span {
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

function fromEntity(doc: QuoteDoc, entity: string, mention: Span | null): SpeakerResolution {
  return { speaker: entity, speakerName: doc.entities.get(entity)?.name ?? null, speakerMention: mention };
}

function compatible(doc: QuoteDoc, m: ResolvedMention, gender: 'm' | 'f' | null): boolean {
  const known = m.gender ?? doc.genders.get(m.entity) ?? null;
  return m.type === 'person' && (gender === null || known === null || known === gender);
}

/** The entity a pronoun before token `at` refers to. */
export function pronounAntecedent(
  doc: QuoteDoc,
  at: number,
  gender: 'm' | 'f' | null,
  prior: readonly PriorSpeaker[],
): string | null {
  const here = doc.sentenceOf[Math.min(at, doc.tokens.length - 1)] ?? 0;
  for (let s = here; s >= 0 && s >= here - doc.config.pronounLookback; s--) {
    const inSentence = (token: number) => doc.sentenceOf[token] === s && token < at;
    const spoke = prior.filter(
      (p) => inSentence(p.token) && p.entity && p.mention && compatible(doc, p.mention, gender),
    );
    if (spoke.length > 0) return spoke[spoke.length - 1]!.entity;
    const person = doc.mentions.find(
      (m) => inSentence(m.last) && compatible(doc, m, gender) && !isQuoted(doc, m.start),
    );
    if (person) return person.entity;
  }
  return null;
}

/** The first, fuller description with the same head noun ("a senior State Department official"). */
function earlierDescription(doc: QuoteDoc, phrase: SpeakerPhrase): Span | null {
  for (let k = 0; k < phrase.first; k++) {
    if (doc.tokens[k]!.normal !== phrase.head) continue;
    const np = nominalEndingAt(doc, k);
    if (np && np.last - np.first > phrase.last - phrase.first) return spanOf(doc, np.first, np.last);
  }
  return null;
}

/** A description's referent: a person holding the role it names, or an earlier fuller description. */
function nominalReferent(doc: QuoteDoc, phrase: SpeakerPhrase): SpeakerResolution {
  const mention = spanOf(doc, phrase.first, phrase.last);
  const head = phrase.head!;
  const holder = [...doc.mentions]
    .reverse()
    .find(
      (m) =>
        m.first < phrase.first &&
        m.type === 'person' &&
        (doc.entities.get(m.entity)?.role ?? '').toLowerCase().split(' ').includes(head),
    );
  if (holder && /^(the|this)$/i.test(doc.tokens[phrase.first]!.text))
    return fromEntity(doc, holder.entity, mention);
  const fuller = earlierDescription(doc, phrase) ?? mention;
  const described = fuller.text.replace(/^(the|a|an|this|that)\s+/i, '');
  return { speaker: null, speakerName: described.includes(' ') ? described : null, speakerMention: mention };
}

export function resolveSpeaker(
  doc: QuoteDoc,
  phrase: SpeakerPhrase,
  prior: readonly PriorSpeaker[],
): SpeakerResolution {
  // "Mr Lavrov, who said …": the antecedent is who speaks, the relative pronoun the mention.
  if (phrase.relative !== undefined) {
    const { relative, ...antecedent } = phrase;
    const resolved = phrase.first === relative ? null : resolveSpeaker(doc, antecedent, prior);
    return {
      ...(resolved ?? { speaker: null, speakerName: null }),
      speakerMention: spanOf(doc, relative, relative),
    };
  }
  const mentionSpan = spanOf(doc, phrase.first, phrase.last);
  if (phrase.mention)
    return fromEntity(doc, phrase.mention.entity, {
      start: phrase.mention.start,
      end: phrase.mention.end,
      text: phrase.mention.text,
    });
  if (phrase.pronoun) {
    const gender = pronounGender.get(phrase.pronoun) ?? null;
    const personal = phrase.pronoun === 'he' || phrase.pronoun === 'she';
    const entity = personal ? pronounAntecedent(doc, phrase.first, gender, prior) : null;
    return entity
      ? fromEntity(doc, entity, mentionSpan)
      : { speaker: null, speakerName: null, speakerMention: mentionSpan };
  }
  return nominalReferent(doc, phrase);
}
