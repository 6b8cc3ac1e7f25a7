// Whole entity names ("Lindsay Lohan", "Betty Ford Center"): from the language stage's entity
// table when it has one, otherwise from runs of proper nouns in the reading. A full name is a far
// stronger sign of one happening than any of its tokens alone.

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
