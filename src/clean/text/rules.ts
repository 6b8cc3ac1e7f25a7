// Unit rules for scraped plain text. Each is a refiner: units in, units out, some with a verdict.
// Cues are kinds of furniture (credits, disclaimers, captions, link lists), never one outlet's words.
import type { RemovedKind } from '../../types/article.js';
import type { CleanConfig } from '../config.js';
import { mark, type Unit } from './units.js';

export type UnitRule = (units: readonly Unit[], config: CleanConfig) => Unit[];

interface Cue {
  kind: RemovedKind;
  name: string;
  pattern: RegExp;
  /** Only units of at most this many words. */
  maxWords: number;
}

const CUES: readonly Cue[] = [
  {
    kind: 'credit',
    name: 'credit line',
    maxWords: 20,
    pattern: /^\(?(editing|reporting|writing|additional reporting|compiled|edited|written|translated) by\b/i,
  },
  {
    kind: 'credit',
    name: 'contributed reporting',
    maxWords: 20,
    pattern: /\bcontributed (reporting|to (this|the) (report|story|article))\b/i,
  },
  {
    kind: 'credit',
    name: 'with inputs from',
    maxWords: 12,
    pattern: /^\(?(with )?(inputs|input|information) from\b|^\((agencies|reuters|ap|afp|pti|ians)\)$/i,
  },
  {
    kind: 'caption',
    name: 'photo credit tail',
    maxWords: 40,
    // "… Pic/AP", "… Photo: Reuters", "(Photo by Jane Doe/Agency)"; a bare "photo by X" ending a
    // sentence of the story is not a credit.
    pattern:
      /(\b(pic|photo|image|picture|file photo|photograph)s?\s*(\/|:|\|)\s*[\p{L}][\p{L} .&/-]{0,40}\)?|\((pic|photo|image|picture)s?\s+(by|credit)\b[^)]{1,60}\))$/iu,
  },
  {
    kind: 'caption',
    name: 'photo credit head',
    maxWords: 60,
    pattern: /^\(?(photo|image|picture|pic|file photo)s?\s*(:|\/|\|)/i,
  },
  {
    kind: 'disclaimer',
    name: 'syndication disclaimer',
    maxWords: 120,
    pattern:
      /\b(syndicated feed|accepts no responsibility|reserves the (sole )?right|has not been edited by|auto-generated from a syndicated|views expressed (here|in this)|not responsible for the (content|accuracy))\b/i,
  },
  {
    kind: 'disclaimer',
    name: 'copyright line',
    maxWords: 30,
    pattern: /^(©|\(c\)|copyright\b)|\ball rights reserved\b/i,
  },
  {
    kind: 'advertisement',
    name: 'advertisement label',
    maxWords: 6,
    pattern:
      /^(advertisement|advert|sponsored( content)?|story continues below( this)? advertisement|anzeige|publicidad|publicité|pubblicità|publicidade)$/i,
  },
  {
    kind: 'related-links',
    name: 'read-more line',
    maxWords: 25,
    pattern:
      /^(read more|read also|also read|related|see also|more on this|recommended|watch|listen)\s*:\s*\S/i,
  },
  {
    kind: 'boilerplate',
    name: 'sharing prompt',
    maxWords: 15,
    pattern:
      /^(share (this|on)|follow us|subscribe (to|now)|sign up (for|to)|click here|download (our|the) app|read the full (story|article))\b/i,
  },
];

/** 1. Credits, captions, disclaimers and prompts recognised by their cue. */
export const cueRules: UnitRule = (units) =>
  mark(units, (u) => {
    const cue = CUES.find((c) => u.words <= c.maxWords && c.pattern.test(u.text));
    return cue ? { kind: cue.kind, reason: cue.name } : null;
  });

/** "Also read", "Related", "Read more": a short line that announces a list of links. */
const LIST_CUE =
  /^(also read|read also|read more|more from|related( (stories|articles|news|coverage))?|recommended( for you)?|see also|trending( now)?|you (may|might) also like|more (stories|news|on this))\s*:?$/i;

/** A headline in a link list: short, not a sentence, mostly not lower case. */
function looksLikeLinkLine(u: Unit, config: CleanConfig): boolean {
  return u.words >= 2 && u.words <= config.maxLinkLineWords && !u.punctuated;
}

/** 2. A list cue and the run of short unpunctuated headline lines under it. */
export const relatedLinks: UnitRule = (units, config) => {
  const out = [...units];
  for (let i = 0; i < out.length; i++) {
    const u = out[i]!;
    if (u.verdict || !LIST_CUE.test(u.text)) continue;
    out[i] = { ...u, verdict: { kind: 'related-links', reason: 'link-list cue' } };
    for (let j = i + 1; j < out.length && looksLikeLinkLine(out[j]!, config); j++) {
      out[j] = {
        ...out[j]!,
        verdict: { kind: 'related-links', reason: `line of the list under "${u.text}"` },
      };
    }
  }
  return out;
};

/**
 * 3. An in-page widget: a short unpunctuated line inside the story that opens with a date and a
 * colon ("Jan. 21: What you need to know today") or names a digest or sign-up box.
 */
const WIDGET =
  /^((\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9}\.?):\s|.*\b(what you need to know|newsletter|live updates|watch:))/iu;

export const widgets: UnitRule = (units) =>
  mark(units, (u) =>
    u.words <= 12 && !u.punctuated && WIDGET.test(u.text)
      ? { kind: 'boilerplate', reason: 'in-page widget' }
      : null,
  );

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": a short unpunctuated line near the top. */
const BYLINE = /^by\s+(\p{Lu}[\p{L}.'-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}.'-]*){0,8})\s*$/iu;

/** 4. A byline line among the first lines of the text. */
export const bylineLine: UnitRule = (units) =>
  mark(units, (u, i) =>
    i < 6 && u.words <= 12 && BYLINE.test(u.text) ? { kind: 'byline', reason: 'by-line' } : null,
  );

/** The names of the first byline line the rules removed, or null. */
export function bylineOf(units: readonly Unit[]): string | null {
  const line = units.find((u) => u.verdict?.kind === 'byline');
  return line ? (BYLINE.exec(line.text)?.[1]?.trim() ?? null) : null;
}
