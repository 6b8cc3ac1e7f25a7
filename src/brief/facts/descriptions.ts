// Extractor of how a named speaker characterised a happening: "X described the meeting as open and
// useful", "X said the talks were 'constructive and useful'". Returns the description's span.
import type { Article } from '../../types/article.js';
import { readingAt } from '../text/reading.js';
import { articleUnits } from '../text/units.js';

export interface Description {
  article: string;
  start: number;
  end: number;
  text: string;
  /** The description's words, lower-cased and sorted: what two reports are compared on. */
  words: string[];
  speaker: string;
  speakerName: string;
  /** The happening described, normalised: 'talks' or 'call'. */
  object: string;
}

const OBJECT = '(talks|meeting|negotiations|discussions?|session|summit|conversation|call|dialogue)';
const DESC = `["\u201C\u2018']?([\\p{L}-]+(?:(?:\\s*,\\s*|\\s+and\\s+)[\\p{L}-]+){0,4})["\u201D\u2019']?`;
const PATTERNS = [
  new RegExp(
    `\\b(?:described|called|characteri[sz]ed|termed)\\s+(?:the\\s+|their\\s+|these\\s+)?${OBJECT}\\s+as\\s+${DESC}`,
    'giu',
  ),
  new RegExp(
    `\\b(?:said|says|stated)\\s+(?:that\\s+)?(?:the\\s+|their\\s+)?${OBJECT}\\s+(?:were|was|had been|have been)\\s+${DESC}`,
    'giu',
  ),
];
const ALLOWED_POS = new Set(['ADJ', 'ADV', 'CCONJ', 'PUNCT']);

/** The description is made of adjectives (with adverbs and "and"): an evaluation, not a place or time. */
function isEvaluation(article: Article, start: number, end: number): boolean {
  const tokens = readingAt(article, start).tokens.filter((t) => t.start >= start && t.end <= end);
  return tokens.some((t) => t.pos === 'ADJ') && tokens.every((t) => ALLOWED_POS.has(t.pos));
}

export function descriptions(
  article: Article,
  names: ReadonlyMap<string, string> = new Map(),
): Description[] {
  const out: Description[] = [];
  for (const unit of articleUnits(article)) {
    for (const re of PATTERNS) {
      for (const m of unit.text.matchAll(re)) {
        const desc = m[2]!;
        const start = unit.start + m.index + m[0].lastIndexOf(desc);
        const end = start + desc.length;
        // The speaker is the entity named last before the verb, inside the same sentence.
        const mention = article.entities
          .filter((e) => e.start >= unit.start && e.end <= unit.start + m.index)
          .at(-1);
        if (!mention || !isEvaluation(article, start, end)) continue;
        out.push({
          article: article.id,
          start,
          end,
          text: desc,
          words: desc
            .toLowerCase()
            .split(/[^\p{L}-]+/u)
            .filter((w) => w && w !== 'and')
            .sort(),
          speaker: mention.entity,
          speakerName: names.get(mention.entity) ?? mention.text,
          object: /call|conversation/i.test(m[1]!) ? 'call' : 'talks',
        });
      }
    }
  }
  return out;
}

/** Refiner: descriptions by one speaker of one kind of happening, kept when two of them disagree. */
export function groupDescriptions(list: readonly Description[]): Description[][] {
  const groups = new Map<string, Description[]>();
  for (const d of list)
    groups.set(`${d.speaker}|${d.object}`, [...(groups.get(`${d.speaker}|${d.object}`) ?? []), d]);
  return [...groups.values()].filter((g) => g.some((a) => g.some((b) => disagree(a.words, b.words))));
}

/** Neither description contains the other ("useful" is not in conflict with "constructive and useful"). */
export function disagree(a: readonly string[], b: readonly string[]): boolean {
  return !a.every((w) => b.includes(w)) && !b.every((w) => a.includes(w));
}
