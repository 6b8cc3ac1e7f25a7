// A scraped plain text read as units (one paragraph or one line each) with the line-level
// features the text rules judge by: length, capitalisation, final punctuation, position.
import type { Removed, RemovedKind } from '../../types/article.js';

export interface Unit {
  text: string;
  /** Index of the blank-line-separated block the unit came from. */
  block: number;
  words: number;
  /** Share of words (of letters) that start with a capital. */
  capsRatio: number;
  /** Ends like a sentence (. ! ? … or a closing quote after one). */
  punctuated: boolean;
  verdict: { kind: RemovedKind; reason: string } | null;
  /** Pieces cut from the front of the unit (an injected header, an inline dateline). */
  cut?: Removed[];
}

const SENTENCE_END = /[.!?…。！？]["'”’)\]]*$/;

export function unitOf(text: string, block: number): Unit {
  const tokens = text.split(/\s+/).filter(Boolean);
  const wordy = tokens.filter((t) => /^\p{L}/u.test(t));
  const caps = wordy.filter((t) => /^\p{Lu}/u.test(t)).length;
  return {
    text,
    block,
    words: tokens.length,
    capsRatio: wordy.length ? caps / wordy.length : 0,
    punctuated: SENTENCE_END.test(text),
    verdict: null,
  };
}

/**
 * Lines of a block are one unit when the text is hard-wrapped (a line that does not end a sentence
 * followed by one starting in lower case); otherwise every line is its own unit, as scrapers write
 * one paragraph per line.
 */
export function readUnits(text: string): Unit[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const units: Unit[] = [];
  blocks.forEach((raw, block) => {
    const lines = raw
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const merged: string[] = [];
    for (const line of lines) {
      const prev = merged.at(-1);
      if (prev !== undefined && !SENTENCE_END.test(prev) && /^\p{Ll}/u.test(line))
        merged[merged.length - 1] = `${prev} ${line}`;
      else merged.push(line);
    }
    for (const m of merged) units.push(unitOf(m, block));
  });
  return units;
}

/** Units with a verdict set, for the rules' `mark` helper. */
export function mark(units: readonly Unit[], test: (u: Unit, i: number) => Unit['verdict']): Unit[] {
  return units.map((u, i) => {
    if (u.verdict) return u;
    const verdict = test(u, i);
    return verdict ? { ...u, verdict } : u;
  });
}

/** Index of the first unit that reads like story prose: long and punctuated. */
export function firstProse(units: readonly Unit[]): number {
  return units.findIndex((u) => !u.verdict && u.words >= 12 && u.punctuated);
}
