// A mention as the entity extractors see it, before canonicalisation gives it an entity id.
import type { Token } from '../../nlp/index.js';
import type { EntityType } from '../../types/article.js';
import type { PlaceKind } from './lexicon.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Where the name itself starts, after any title or honorific ("Mr Lavrov" → at "Lavrov"). */
  nameStart: number;
  type: EntityType;
  /** The gazetteer's canonical name when the mention is a known place or organisation. */
  canonical: string | null;
  kind: PlaceKind | 'organization' | 'name';
  /** The title written before the name ("Secretary of State"). */
  role: string | null;
  /** The name words, without title or honorific: ["Antony", "Blinken"]. */
  words: string[];
  gender: 'm' | 'f' | null;
  /** Index of the first and last token of the name part. */
  first: number;
  last: number;
  /** `inferred` when the type is a guess (no gazetteer, title or given name said so). */
  provenance: 'stated' | 'inferred';
  /** The mention begins with an honorific or a title ("Mr Lavrov", "President Biden"). */
  titled: boolean;
  /** A lone word that opens a sentence: kept only if the article names it elsewhere too. */
  initial: boolean;
  /** Typed a person from its shape alone: it stays one only if the article gives evidence (evidence.ts). */
  guessed: boolean;
}

export interface MentionInit {
  type: EntityType;
  canonical?: string | null;
  kind?: Mention['kind'];
  role?: string | null;
  gender?: 'm' | 'f' | null;
  provenance?: 'stated' | 'inferred';
  titled?: boolean;
  initial?: boolean;
  guessed?: boolean;
  /** First token of the name words when it differs from the mention's first token (after "Mr"). */
  nameFrom?: number;
}

export function makeMention(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  init: MentionInit,
): Mention {
  const from = init.nameFrom ?? a;
  const words: string[] = [];
  for (let i = from; i <= b; i++) {
    const t = tokens[i]!.text;
    if (t !== '-' && !/^[.,]$/.test(t)) words.push(t);
  }
  return {
    start: tokens[a]!.start,
    end: tokens[b]!.end,
    text: text.slice(tokens[a]!.start, tokens[b]!.end),
    nameStart: tokens[from]!.start,
    type: init.type,
    canonical: init.canonical ?? null,
    kind: init.kind ?? 'name',
    role: init.role ?? null,
    words,
    gender: init.gender ?? null,
    first: a,
    last: b,
    provenance: init.provenance ?? 'stated',
    titled: init.titled ?? false,
    initial: init.initial ?? false,
    guessed: init.guessed ?? false,
  };
}
