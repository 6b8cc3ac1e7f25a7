// The hand-checked gold cases (gold/<slug>/{input.txt, expected.json}) and what the extractor
// says about the same text, in one comparable shape. A case may name a text elsewhere in the
// repository (`source`, relative to the repository root) instead of carrying its own copy, or a
// text of the shared labelled data (`shared`, relative to the shared folder), which is never copied
// into the repository: only its offsets are kept, and the case is skipped where the folder is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Reading } from '../../nlp/index.js';
import { extractEntities } from './index.js';
import type { GoldMention } from './score.js';

export interface GoldCase {
  slug: string;
  /** Whether the text is shared labelled data (read at run time), not written for this set. */
  shared: boolean;
  text: string;
  mentions: GoldMention[];
}

interface Expected {
  source?: string;
  shared?: string;
  note?: string;
  mentions: GoldMention[];
}

function inputOf(dir: string, slug: string, e: Expected, roots: Roots): string | null {
  if (e.shared) return roots.shared ? resolve(roots.shared, e.shared) : null;
  return e.source ? resolve(roots.repo, e.source) : join(dir, slug, 'input.txt');
}

export interface Roots {
  repo: string;
  /** The shared folder, or null when it is not on this machine. */
  shared: string | null;
}

/** Every case under `dir` whose text is here; a span that does not read its text is an error, named. */
export function readGoldCases(dir: string, roots: Roots): GoldCase[] {
  if (!existsSync(dir)) return [];
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return slugs.flatMap((slug) => {
    const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected;
    const input = inputOf(dir, slug, expected, roots);
    if (!input || !existsSync(input)) return [];
    const text = readFileSync(input, 'utf8');
    for (const m of expected.mentions) {
      const read = text.slice(m.start, m.end);
      if (read !== m.text)
        throw new Error(`gold case ${slug}: span ${m.start}-${m.end} reads "${read}", not "${m.text}"`);
    }
    return [{ slug, shared: Boolean(expected.shared), text, mentions: expected.mentions }];
  });
}

/** The extractor's mentions as gold-shaped spans: the name part only, typed by the article table. */
export function predictedMentions(text: string, reading: Reading): GoldMention[] {
  const { mentions, table } = extractEntities(text, reading);
  const typeOf = new Map(table.map((e) => [e.id, e.type]));
  return mentions.map((m) => ({
    start: m.nameStart,
    end: m.end,
    text: text.slice(m.nameStart, m.end),
    type: typeOf.get(m.entity) ?? m.type,
  }));
}
