// The lines above the story: navigation crumbs and the headline. Both are short and unpunctuated;
// crumbs are a run of capitalised section names with no verb, a headline says something happened.
import { readText } from '../../nlp/index.js';
import type { CleanConfig } from '../config.js';
import { isStampLine } from '../stamp.js';
import { firstProse, type Unit } from './units.js';

/** Crumbs and a headline sit in the first few lines; deeper short lines are the story's own. */
const MAX_TOP_LINES = 4;

function hasVerb(text: string): boolean {
  return readText(text).tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** A capitalised run of section names ("Europe Headline News World News"). */
function isCrumbs(u: Unit): boolean {
  return u.capsRatio === 1 && !/[:?]/.test(u.text) && !hasVerb(u.text);
}

export interface TopResult {
  units: Unit[];
  title: string | null;
  /** The date line above the story, if there was one (its day is the publication date). */
  stamp: string | null;
}

/** Marks crumbs as navigation, date lines as header, and the last headline-like line above the story as the title. */
export function topLines(units: readonly Unit[], config: CleanConfig): TopResult {
  const first = firstProse(units);
  const out = [...units];
  if (first <= 0) return { units: out, title: null, stamp: null };
  const candidates = out
    .map((u, i) => ({ u, i }))
    .filter(
      ({ u, i }) =>
        i < first && i < MAX_TOP_LINES && !u.verdict && !u.punctuated && u.words <= config.maxTitleWords,
    );
  let title: string | null = null;
  let stamp: string | null = null;
  for (const { u, i } of [...candidates].reverse()) {
    if (isStampLine(u.text)) {
      stamp ??= u.text;
      // "December 15th, 2008, 7:35 am" between the headline and the story: a date line, not the title.
      out[i] = { ...u, verdict: { kind: 'header', reason: 'date line' } };
    } else if (title === null && !isCrumbs(u)) {
      title = u.text;
      out[i] = { ...u, verdict: { kind: 'title', reason: 'headline line above the story' } };
    } else {
      out[i] = { ...u, verdict: { kind: 'navigation', reason: 'short unpunctuated line above the story' } };
    }
  }
  return { units: out, title, stamp };
}
