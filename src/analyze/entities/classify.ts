// Classifies the name part of a run (after any place and title were taken off): person,
// organisation, place or other. Cascade: (1) gazetteer; (2) organisation words ("… Ministry",
// "Ministry of …"); (3) place words ("… Park", "… Parish"); a place and a plural ("Toronto
// Raptors") → a team; (4) acronyms; (5) a title, an
// honorific or a known given name → person; (6) two to four proper nouns → a person guess, kept
// only if the article gives evidence (evidence.ts); (7) a word that names no one alone → nothing;
// (8) "the Yankees": a plural name after "the" → organisation; (9) one unknown word → other, kept
// so that a later surname match ("Blinken" after "Antony Blinken") can make it a person.
import type { Token } from '../../nlp/index.js';
import {
  givenNames,
  honorifics,
  lookup,
  notAName,
  notNames,
  orgPrefixes,
  orgSuffixes,
  placeSuffixes,
  thingWords,
} from './lexicon.js';
import { type Mention, makeMention } from './mention.js';

export interface NameContext {
  role: string | null;
  honorific: boolean;
  /** The name opens a sentence: a lone capitalised word there is weak evidence. */
  initial: boolean;
}

const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;

function isOrgShaped(tokens: readonly Token[], a: number, b: number): boolean {
  if (orgSuffixes.has(tokens[b]!.text) && (b > a || tokens[b]!.text === 'Parliament')) return true;
  return b > a && orgPrefixes.has(tokens[a]!.text) && tokens[a + 1]?.text === 'of';
}

function allProper(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const t = tokens[i]!;
    if (t.text === '-' || t.text === '.') continue;
    // After a hyphen the tagger may read a surname as a verb ("Jones-Drew").
    const tagged = t.pos === 'PROPN' || tokens[i - 1]?.text === '-';
    if (!tagged || notAName(t.text) || thingWords.has(t.text) || /^[a-z]/.test(t.text)) return false;
  }
  return true;
}

/** "Fenway Park", "Cameron Parish"; "Gulf of Mexico", "Bay of Bengal". */
function isPlaceShaped(tokens: readonly Token[], a: number, b: number): boolean {
  if (b === a) return false;
  return (
    placeSuffixes.has(tokens[b]!.text) || (placeSuffixes.has(tokens[a]!.text) && tokens[a + 1]?.text === 'of')
  );
}

const PLURAL = /^[A-Z][a-z]+[^su]s$/;

/** "Toronto Raptors", "Washington Nationals": a place and a plural name is a team. */
function placeThenPlural(tokens: readonly Token[], a: number, b: number): boolean {
  return b > a && PLURAL.test(tokens[b]!.text) && lookup(tokens[a]!.text)?.type === 'place';
}

/** "the Yankees", "the Democrats": a plural name after "the" is a team, a party or a band. */
function pluralAfterThe(tokens: readonly Token[], a: number, b: number): boolean {
  const word = tokens[b]!.text;
  return a === b && tokens[a - 1]?.normal === 'the' && PLURAL.test(word);
}

/** Steps 1–4: names whose words say what they are. */
function byShape(
  text: string,
  tokens: readonly Token[],
  a: number,
  nameFrom: number,
  b: number,
  ctx: NameContext,
) {
  const surface = text.slice(tokens[nameFrom]!.start, tokens[b]!.end);
  const known = lookup(surface);
  if (known && !ctx.honorific && !ctx.role) {
    return makeMention(text, tokens, a, b, {
      type: known.type,
      canonical: known.canonical,
      kind: known.kind,
    });
  }
  if (isOrgShaped(tokens, nameFrom, b)) return makeMention(text, tokens, a, b, { type: 'organization' });
  if (isPlaceShaped(tokens, nameFrom, b) && !ctx.honorific && !ctx.role)
    return makeMention(text, tokens, a, b, { type: 'place', provenance: 'inferred' });
  if (placeThenPlural(tokens, nameFrom, b) && !ctx.honorific && !ctx.role)
    return makeMention(text, tokens, a, b, { type: 'organization', provenance: 'inferred' });
  const first = tokens[nameFrom]!;
  if (nameFrom === b && ACRONYM.test(first.text) && !ctx.honorific && !notNames.has(first.text)) {
    return makeMention(text, tokens, a, b, { type: 'organization', provenance: 'inferred' });
  }
  return null;
}

export function classifyName(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  ctx: NameContext,
): Mention | null {
  const nameFrom = ctx.honorific ? a + 1 : a;
  if (nameFrom > b) return null;
  const shaped = byShape(text, tokens, a, nameFrom, b, ctx);
  if (shaped) return shaped;
  const first = tokens[nameFrom]!;
  const gender = givenNames.get(first.text) ?? null;
  const titled = ctx.honorific || ctx.role !== null;
  if (titled || (gender && b > nameFrom)) {
    return makeMention(text, tokens, a, b, { type: 'person', role: ctx.role, gender, titled, nameFrom });
  }
  if (b > nameFrom && b - nameFrom <= 3 && allProper(tokens, nameFrom, b)) {
    return makeMention(text, tokens, a, b, {
      type: 'person',
      provenance: 'inferred',
      nameFrom,
      guessed: true,
    });
  }
  if (nameFrom === b && (notAName(first.text) || honorifics.has(first.text))) return null;
  if (pluralAfterThe(tokens, nameFrom, b))
    return makeMention(text, tokens, a, b, { type: 'organization', provenance: 'inferred' });
  const initial = ctx.initial && nameFrom === b;
  return makeMention(text, tokens, a, b, { type: 'other', provenance: 'inferred', nameFrom, initial });
}
