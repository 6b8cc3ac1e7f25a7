// Refiner: a capitalised run → typed mentions. A run like "US Secretary of State Antony Blinken"
// holds a place, a title and a name; "North Atlantic Treaty Organisation" is one organisation.
// Cascade per run: (1) split at "and"/"the" unless the whole run is one known name; (2) drop
// leading words that are capitalised only because they start a sentence; (3) a known name as a
// whole; (4) a leading place or organisation before a title or a person; (5) a title or an
// honorific, kept as the role; (6) the rest is classified (classify.ts).
import type { Reading, Token } from '../../nlp/index.js';
import type { NameRun } from './candidates.js';
import { classifyName } from './classify.js';
import {
  femaleMarkers,
  genericNouns,
  givenNames,
  honorifics,
  lookup,
  notNames,
  orgPrefixes,
  orgSuffixes,
  titlesByFirstWord,
} from './lexicon.js';
import type { Mention } from './mention.js';
import { makeMention } from './mention.js';

const SPLITTERS = new Set(['and', '&', 'the']);
const CALENDAR =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|June|July|August|September|October|November|December)$/;

function textOf(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice(tokens[a]!.start, tokens[b]!.end);
}

/** Step 1: sub-runs between "and"/"the", unless the whole run is one known or organisation-like name. */
function splitRun(text: string, tokens: readonly Token[], run: NameRun): [number, number][] {
  const whole = textOf(text, tokens, run.first, run.last);
  if (lookup(whole) || orgSuffixes.has(tokens[run.last]!.text)) return [[run.first, run.last]];
  const parts: [number, number][] = [];
  let from = run.first;
  for (let i = run.first; i <= run.last; i++) {
    if (!SPLITTERS.has(tokens[i]!.text) && !ofPlace(text, tokens, from, i, run.last)) continue;
    if (i > from) parts.push([from, i - 1]);
    from = i + 1;
  }
  if (from <= run.last) parts.push([from, run.last]);
  return parts;
}

/** "Jane Doe of New Jersey": "of" before a known place ends a person's name (not "Bank of England"). */
function ofPlace(text: string, tokens: readonly Token[], from: number, i: number, last: number): boolean {
  if (tokens[i]!.text !== 'of' || i === from || i === last) return false;
  const before = tokens[i - 1]!.text;
  if (orgPrefixes.has(before) || orgSuffixes.has(before) || titleAt(tokens, i - 1, last) > 0) return false;
  // "Gulf of Mexico": a place of a place is one name.
  if (lookup(textOf(text, tokens, from, i - 1))?.type === 'place') return false;
  return lookup(textOf(text, tokens, i + 1, last))?.type === 'place';
}

/** Step 2: whether the first word of a run is only capitalised by position. */
// Compass words open names ("North Atlantic Treaty", "South Korea") but not on their own.
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western']);

function isFalseStart(tok: Token, initial: boolean, alone: boolean): boolean {
  if (COMPASS.has(tok.text) && !alone) return false;
  if (notNames.has(tok.text)) return true;
  if (!initial || tok.pos === 'PROPN') return false;
  return (
    !lookup(tok.text) && !honorifics.has(tok.text) && !givenNames.has(tok.text) && titleAt([tok], 0) === 0
  );
}

/** Calendar words inside a run end a name: "Geneva Friday" is a place and a day. */
function splitAtCalendar(tokens: readonly Token[], parts: [number, number][]): [number, number][] {
  return parts.flatMap(([a, b]) => {
    const out: [number, number][] = [];
    let from = a;
    for (let i = a + 1; i <= b; i++) {
      if (!CALENDAR.test(tokens[i]!.text)) continue;
      if (i > from) out.push([from, i - 1]);
      from = i + 1;
    }
    if (from <= b) out.push([from, b]);
    return out;
  });
}

/** How many tokens from `at` form a title ("Foreign Minister" → 2), longest first; 0 for none. */
export function titleAt(tokens: readonly Token[], at: number, end = tokens.length - 1): number {
  for (const words of titlesByFirstWord.get(tokens[at]?.text.toLowerCase() ?? '') ?? []) {
    if (at + words.length - 1 > end) continue;
    if (words.every((w, k) => tokens[at + k]!.text.toLowerCase() === w)) return words.length;
  }
  return 0;
}

/** Step 4: the longest known place/organisation that opens the run and is followed by more. */
function leadingKnown(text: string, tokens: readonly Token[], a: number, b: number): number {
  for (let end = b - 1; end >= a; end--) {
    const entry = lookup(textOf(text, tokens, a, end));
    if (!entry) continue;
    const rest = tokens[end + 1]!;
    const personNext =
      titleAt(tokens, end + 1, b) > 0 || honorifics.has(rest.text) || givenNames.has(rest.text);
    if (entry.kind === 'demonym' || personNext) return end - a + 1;
  }
  return 0;
}

/** A known place or organisation as a mention. */
function known(text: string, tokens: readonly Token[], a: number, b: number): Mention | null {
  const entry = lookup(textOf(text, tokens, a, b));
  return entry
    ? makeMention(text, tokens, a, b, { type: entry.type, canonical: entry.canonical, kind: entry.kind })
    : null;
}

/** Step 2: drops leading words capitalised only by position; returns the new start and whether it still opens the sentence. */
function trimStart(tokens: readonly Token[], a: number, b: number, initial: boolean): [number, boolean] {
  // "The North Atlantic Treaty Organisation": the article is not part of the name.
  let at = a < b && tokens[a]!.text === 'The' ? a + 1 : a;
  const from = at;
  while (at <= b && isFalseStart(tokens[at]!, initial, at === b)) at++;
  // "1B Mark Teixeira", "C Jason Varitek": a bare letter before a name is a position, not an initial.
  if (at < b && /^[A-Z]$/.test(tokens[at]!.text) && tokens[at + 1]?.text !== '.') at++;
  // "Shares of Kessler" opening a sentence: a common noun and "of" before the name.
  if (initial && at === from && tokens[at + 1]?.text === 'of' && at + 2 <= b && nounBeforeOf(tokens, at))
    at += 2;
  // After a dropped "Then", the name no longer opens the sentence.
  return [at, initial && at === from];
}

/** "Shares of …", "Residents of …" (not "Department of Labor", "Secretary of State"). */
function nounBeforeOf(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]!.text;
  return genericNouns.has(word) && !orgPrefixes.has(word) && !lookup(word) && titleAt(tokens, at) === 0;
}

/** Step 4: the first title inside the run that has a name after it ("… Committee Chairman Jon Tester"). */
function innerTitle(tokens: readonly Token[], a: number, b: number): [number, number] | null {
  for (let p = a; p < b; p++) {
    const t = titleAt(tokens, p, b);
    // "Sheriff's Office": a title in the possessive is part of an organisation's name.
    if (t > 0 && p + t <= b && !/^['’]s$/.test(tokens[p + t]!.text)) return [p, t];
  }
  return null;
}

/** Steps 3–6 for one sub-run; returns its mentions in order. */
function segment(text: string, reading: Reading, a0: number, b: number, initial0: boolean): Mention[] {
  const { tokens } = reading;
  const whole =
    a0 < b && tokens[a0]!.text === 'The' ? known(text, tokens, a0 + 1, b) : known(text, tokens, a0, b);
  if (whole) return [whole];
  const [a, initial] = trimStart(tokens, a0, b, initial0);
  if (a > b) return [];
  const trimmed = known(text, tokens, a, b);
  if (trimmed) return [trimmed];
  const title = innerTitle(tokens, a, b);
  // A title alone ("the President made…") names a role, not an entity.
  if (!title && titleAt(tokens, a, b) > 0) return [];
  const [p, t] = title ?? [a + leadingKnown(text, tokens, a, b), 0];
  // "the Ravens for DT Haloti Ngata": a connector before the title belongs to neither name.
  let end = p - 1;
  while (end >= a && /^[a-z&]+$/.test(tokens[end]!.text)) end--;
  const before =
    end >= a ? (known(text, tokens, a, end) ?? classifyName(text, tokens, a, end, NO_CONTEXT)) : null;
  const role = t > 0 ? textOf(text, tokens, p, p + t - 1) : null;
  const named = nameAfterTitle(text, tokens, p + t, b, role, initial && !before && !role);
  const female = t > 0 && femaleMarkers.has(tokens[p]!.text);
  return [before, named && { ...named, gender: female ? 'f' : named.gender }].filter(
    (m): m is Mention => m !== null,
  );
}

const NO_CONTEXT = { role: null, honorific: false, initial: false };

/** Steps 5–6: an honorific, then the name classified. */
function nameAfterTitle(
  text: string,
  tokens: readonly Token[],
  a: number,
  b: number,
  role: string | null,
  initial: boolean,
): Mention | null {
  if (a > b) return null;
  const honorific = a < b && honorifics.has(tokens[a]!.text);
  const named = classifyName(text, tokens, a, b, { role, honorific, initial });
  return named && honorific && femaleMarkers.has(tokens[a]!.text) ? { ...named, gender: 'f' } : named;
}

/** All mentions of one capitalised run. */
export function segmentRun(text: string, reading: Reading, run: NameRun): Mention[] {
  return splitAtCalendar(reading.tokens, splitRun(text, reading.tokens, run)).flatMap(([a, b], k) =>
    segment(text, reading, a, b, run.initial && k === 0),
  );
}
