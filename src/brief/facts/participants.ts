// Claims with named participants: sentences naming two or more people, grouped across articles
// when they name the same people and say much the same thing ("Blinken and Lavrov met in Geneva").
import type { Article } from '../../types/article.js';
import type { StoryEntity } from '../../types/story.js';
import type { SentenceUnit } from '../text/units.js';
import { overlap } from '../text/words.js';

export interface ParticipantClaim {
  unit: SentenceUnit;
  people: string[];
}

/** Extractor: each sentence naming at least two distinct people of the story. */
export function participantClaims(
  articles: readonly Article[],
  units: readonly SentenceUnit[],
  entities: readonly StoryEntity[],
): ParticipantClaim[] {
  const people = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  const byId = new Map(articles.map((a) => [a.id, a]));
  return units.flatMap((u) => {
    const mentions = byId.get(u.article)?.entities ?? [];
    const named = [
      ...new Set(
        mentions
          .filter((m) => m.start >= u.start && m.end <= u.end && people.has(m.entity))
          .map((m) => m.entity),
      ),
    ];
    return named.length >= 2 ? [{ unit: u, people: named.sort() }] : [];
  });
}

/** Refiner: same people and overlapping content across different articles form one claim. */
export function groupClaims(claims: readonly ParticipantClaim[], minOverlap: number): ParticipantClaim[][] {
  const groups: ParticipantClaim[][] = [];
  for (const c of claims) {
    const home = groups.find((g) =>
      g.some(
        (o) =>
          o.unit.article !== c.unit.article &&
          samePeople(o, c) &&
          overlap(o.unit.words, c.unit.words) >= minOverlap,
      ),
    );
    if (home) home.push(c);
    else groups.push([c]);
  }
  return groups.filter((g) => new Set(g.map((c) => c.unit.article)).size >= 2);
}

function samePeople(a: ParticipantClaim, b: ParticipantClaim): boolean {
  return a.people.length === b.people.length && a.people.every((p, i) => p === b.people[i]);
}
