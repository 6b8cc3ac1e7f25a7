// The hand-checked gold cases (gold/<slug>/{input.txt, expected.json}) and what the extractor
// says about the same text, in one comparable shape. A case may name a text elsewhere in the
// repository (`source`, relative to the repository root) instead of carrying its own copy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Reading } from '../../nlp/index.js';
import { extractEntities } from './index.js';
import type { GoldMention } from './score.js';

export interface GoldCase {
  slug: string;
  text: string;
  mentions: GoldMention[];
}

interface Expected {
  source?: string;
  note?: string;
  mentions: GoldMention[];
}

/** Every case under `dir`; a case whose span text does not match its input is an error, named. */
export function readGoldCases(dir: string, repoRoot: string): GoldCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected;
      const input = expected.source ? resolve(repoRoot, expected.source) : join(dir, slug, 'input.txt');
      const text = readFileSync(input, 'utf8');
      for (const m of expected.mentions) {
        if (text.slice(m.start, m.end) !== m.text)
          throw new Error(
            `gold case ${slug}: span ${m.start}-${m.end} reads "${text.slice(m.start, m.end)}", not "${m.text}"`,
          );
      }
      return { slug, text, mentions: expected.mentions };
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
