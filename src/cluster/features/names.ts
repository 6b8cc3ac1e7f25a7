// Whole entity names ("Lindsay Lohan", "Betty Ford Center"): from the language stage's entity
// table when it has one, otherwise from runs of proper nouns in the reading. A full name is a far
// stronger sign of one happening than any of its tokens alone.

import { foldWord } from '../../analyze/entities/fold.js';
import type { Reading } from '../../nlp/index.js';
import type { AnalyzedArticle } from '../../types/article.js';
import type { FeatureHit } from './types.js';

const normName = (name: string) =>
  name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** One hit per mention of a named entity, keyed by its canonical name. */
export function entityTableHits(
  article: AnalyzedArticle,
  weight: number,
  position: (at: number) => number,
): FeatureHit[] {
  const names = new Map(article.entityTable.map((e) => [e.id, e.name]));
  return article.entities.flatMap((m) => {
    const name = names.get(m.entity);
    return name && name.length > 1
      ? [{ key: `n:${normName(name)}`, surface: name, kind: weight, position: position(m.start) }]
      : [];
  });
}

/** The name keys of the people and organisations in the entity table. */
export function actorKeys(article: AnalyzedArticle): string[] {
  const keys = article.entityTable
    .filter((e) => e.type === 'person' || e.type === 'organization')
    .map((e) => `n:${normName(e.name)}`);
  return [...new Set(keys)].sort();
}

/** A protagonist is named at least this much: each mention counts 1, the first in the lead 2. */
const PROTAGONIST_MIN = 4;
/** Others named nearly as much as the first (this share of its count) are protagonists too. */
const PROTAGONIST_SHARE = 0.6;

/**
 * The people an article is about, as `p:` keys by surname: the person it names most (the first
 * mention in the lead counts twice) when named at least four times that way, and any other named
 * nearly as much. Reggie Bush's injury and Pierre Thomas's are told in the same words, with the
 * same team and coach; who the report is about tells them apart. Only full names count (two words
 * or more, letters only): a lone "Bush" may be anyone. The surname, folded as entity linking folds
 * it (foldWord), is the key, so "Englishman Robert Buckley" and "Robert Buckley", "Eric Kirkpatrick"
 * and "Eric Allen Kirkpatrick", "Zelensky" and "Zelenskiy" are one person.
 */
export function protagonistKeys(article: AnalyzedArticle, leadEnd: number): string[] {
  const surnames = new Map<string, string>();
  for (const e of article.entityTable) {
    if (e.type !== 'person') continue;
    const words = normName(e.name).split(' ');
    if (words.length < 2 || words.some((w) => w === 'of' || !/^\p{L}[\p{L}'’.-]*$/u.test(w))) continue;
    surnames.set(e.id, foldWord(words[words.length - 1]!));
  }
  const score = new Map<string, number>();
  for (const m of article.entities) {
    const name = surnames.get(m.entity);
    if (!name) continue;
    const lead = m.start < leadEnd && !score.has(name) ? 1 : 0;
    score.set(name, (score.get(name) ?? 0) + 1 + lead);
  }
  const top = Math.max(0, ...score.values());
  if (top < PROTAGONIST_MIN) return [];
  return [...score]
    .filter(([, s]) => s >= PROTAGONIST_SHARE * top)
    .map(([name]) => `p:${name}`)
    .sort();
}

/** Runs of two or more proper nouns, as names, when the language stage gave no entities. */
export function properRunHits(
  reading: Reading,
  text: string,
  weight: number,
  position: (i: number) => number,
): FeatureHit[] {
  const hits: FeatureHit[] = [];
  let first = -1;
  const close = (end: number) => {
    if (first >= 0 && end - first >= 2) {
      const surface = text.slice(reading.tokens[first]!.start, reading.tokens[end - 1]!.end);
      hits.push({ key: `n:${normName(surface)}`, surface, kind: weight, position: position(first) });
    }
    first = -1;
  };
  reading.tokens.forEach((t, i) => {
    if (t.pos === 'PROPN' && t.type === 'word') {
      if (first < 0) first = i;
    } else close(i);
  });
  close(reading.tokens.length);
  return hits;
}
