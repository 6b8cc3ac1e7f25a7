// Plain text as scraped → the story's paragraphs, what was taken out and why, and the date and
// place the text itself states. Steps, in order:
//   1. header extractors on the first units (injected header, dateline line, inline dateline);
//   2. unit rules (cues, link lists, widgets), then the lines above the story (crumbs, headline).
import type { PublishedFrom, Removed } from '../../types/article.js';
import type { CleanConfig } from '../config.js';
import { dayFromText } from '../dates.js';
import { datelineLine, type HeaderFind, injectedHeader, inlineDateline } from './header.js';
import { bylineLine, bylineOf, cueRules, relatedLinks, widgets } from './rules.js';
import { topLines } from './top.js';
import { readUnits, type Unit, unitOf } from './units.js';

export interface TextClean {
  paragraphs: string[];
  removed: Removed[];
  title: string | null;
  byline: string | null;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  dateline: string | null;
}

interface HeaderState {
  units: Unit[];
  finds: HeaderFind[];
}

/** Applies one header extractor to the first unit it fires on inside the header window. */
function applyHeader(
  state: HeaderState,
  find: (text: string) => HeaderFind | null,
  windowChars: number,
): HeaderState {
  let seen = 0;
  for (let i = 0; i < state.units.length && seen < windowChars; i++) {
    const u = state.units[i]!;
    seen += u.text.length;
    if (u.verdict) continue;
    const hit = find(u.text);
    if (!hit) continue;
    const units = [...state.units];
    const rest = u.text.slice(hit.take).trim();
    // A header cut from the front of a paragraph travels with what is left of it, so `removed`
    // lists every piece in reading order; a whole line is removed through its verdict.
    if (rest) units[i] = { ...unitOf(rest, u.block), cut: [...(u.cut ?? []), hit.removed] };
    else units[i] = { ...u, verdict: { kind: hit.removed.kind, reason: hit.removed.reason ?? '' } };
    return { units, finds: [...state.finds, hit] };
  }
  return state;
}

function paragraphsOf(units: readonly Unit[]): string[] {
  return units.filter((u) => !u.verdict).map((u) => u.text);
}

export interface TextOptions {
  /** Judge the lines above the story (crumbs, headline); off for HTML, whose refiners did that. */
  top?: boolean;
}

export function cleanText(content: string, config: CleanConfig, options: TextOptions = {}): TextClean {
  let state: HeaderState = { units: readUnits(content), finds: [] };
  const window = config.headerWindowChars;
  state = applyHeader(state, injectedHeader, window);
  state = applyHeader(state, (t) => datelineLine(t, config.maxTitleWords), window);
  if (!state.finds.some((f) => f.dateline)) state = applyHeader(state, inlineDateline, window);
  const ruled = [cueRules, bylineLine, relatedLinks, widgets].reduce<Unit[]>(
    (acc, rule) => rule(acc, config),
    state.units,
  );
  const top = (options.top ?? true) ? topLines(ruled, config) : { units: ruled, title: null, stamp: null };
  // A date line above the story ("December 15th, 2008, 7:35 am") dates it when no header did.
  const stamped = top.stamp ? dayFromText(top.stamp) : null;
  const dated =
    state.finds.find((f) => f.published) ??
    (stamped ? { published: stamped, publishedFrom: 'text-header' as const } : undefined);
  const placed = state.finds.find((f) => f.dateline);
  return {
    paragraphs: paragraphsOf(top.units),
    removed: top.units.flatMap((u) => [
      ...(u.cut ?? []),
      ...(u.verdict ? [{ kind: u.verdict.kind, text: u.text, reason: u.verdict.reason }] : []),
    ]),
    title: top.title,
    byline: bylineOf(top.units),
    published: dated?.published ?? null,
    publishedFrom: dated?.publishedFrom ?? null,
    dateline: placed?.dateline ?? null,
  };
}
