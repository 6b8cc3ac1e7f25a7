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
  givenNames,
  honorifics,
  lookup,
  notNames,
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

/** Step 1: sub-runs between "and"/"the", unless the whole run is a known or organisation-like name. */
function splitRun(text: string, tokens: readonly Token[], run: NameRun): [number, number][] {
  const whole = textOf(text, tokens, run.first, run.last);
  if (lookup(whole) || orgSuffixes.has(tokens[run.last]!.text)) return [[run.first, run.last]];
  const parts: [number, number][] = [];
  let from = run.first;
  for (let i = run.first; i <= run.last; i++) {
    if (!SPLITTERS.has(tokens[i]!.text)) continue;
    if (i > from) parts.push([from, i - 1]);
    from = i + 1;
  }
  if (from <= run.last) parts.push([from, run.last]);
  return parts;
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

/** Steps 3–6 for one sub-run; returns its mentions in order. */
function segment(text: string, reading: Reading, a: number, b: number, initial: boolean): Mention[] {
  const { tokens } = reading;
  const out: Mention[] = [];
  // "The North Atlantic Treaty Organisation": the article is not part of the name.
  if (a < b && tokens[a]!.text === 'The') a++;
  let whole = lookup(textOf(text, tokens, a, b));
  if (!whole) {
    const from = a;
    while (a <= b && isFalseStart(tokens[a]!, initial, a === b)) a++;
    // After a dropped "Then", the name no longer opens the sentence.
    if (a > from) initial = false;
    if (a > b) return out;
    whole = lookup(textOf(text, tokens, a, b));
  }
  if (whole)
    return [
      makeMention(text, tokens, a, b, { type: whole.type, canonical: whole.canonical, kind: whole.kind }),
    ];
  const lead = leadingKnown(text, tokens, a, b);
  if (lead > 0) {
    const entry = lookup(textOf(text, tokens, a, a + lead - 1))!;
    out.push(
      makeMention(text, tokens, a, a + lead - 1, {
        type: entry.type,
        canonical: entry.canonical,
        kind: entry.kind,
      }),
    );
    a += lead;
  }
  let role: string | null = null;
  let female = false;
  const t = titleAt(tokens, a, b);
  // A title alone ("the President made…") names a role, not an entity.
  if (t > 0 && a + t > b) return out;
  if (t > 0) {
    role = textOf(text, tokens, a, a + t - 1);
    female = femaleMarkers.has(tokens[a]!.text);
    a += t;
  }
  let honorific = false;
  if (a < b && honorifics.has(tokens[a]!.text)) {
    honorific = true;
    female ||= femaleMarkers.has(tokens[a]!.text);
  }
  const named = classifyName(text, tokens, a, b, {
    role,
    honorific,
    initial: initial && out.length === 0 && !role,
  });
  if (named) out.push({ ...named, gender: female ? 'f' : named.gender });
  return out;
}

/** All mentions of one capitalised run. */
export function segmentRun(text: string, reading: Reading, run: NameRun): Mention[] {
  return splitAtCalendar(reading.tokens, splitRun(text, reading.tokens, run)).flatMap(([a, b], k) =>
    segment(text, reading, a, b, run.initial && k === 0),
  );
}
