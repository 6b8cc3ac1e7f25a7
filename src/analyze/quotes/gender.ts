// The gender a "he" or "she" can agree with, per person entity: from the mention itself (an
// honorific, a known given name), else from the pronouns that follow the person's mentions in the
// same sentence with no other person in between ("Ms Okafor said she …", "Blinken said his …").
import type { Token } from '../../nlp/index.js';
import type { ResolvedMention } from '../entities/index.js';

const MALE = new Set(['he', 'his', 'him', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

function tally(votes: Map<string, number>, entity: string, delta: number): void {
  votes.set(entity, (votes.get(entity) ?? 0) + delta);
}

/** Pronoun evidence after each mention, up to the next person mention or the sentence end. */
function pronounVotes(
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  people: readonly ResolvedMention[],
): Map<string, number> {
  const votes = new Map<string, number>();
  people.forEach((m, i) => {
    const stop = people[i + 1]?.first ?? tokens.length;
    for (let k = m.last + 1; k < stop && sentenceOf[k] === sentenceOf[m.last]; k++) {
      const w = tokens[k]!.normal;
      if (MALE.has(w)) return tally(votes, m.entity, 1);
      if (FEMALE.has(w)) return tally(votes, m.entity, -1);
    }
  });
  return votes;
}

export function entityGenders(
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  mentions: readonly ResolvedMention[],
): Map<string, 'm' | 'f'> {
  const people = mentions.filter((m) => m.type === 'person');
  const genders = new Map<string, 'm' | 'f'>();
  for (const m of people) if (m.gender && !genders.has(m.entity)) genders.set(m.entity, m.gender);
  for (const [entity, v] of pronounVotes(tokens, sentenceOf, people)) {
    if (!genders.has(entity) && v !== 0) genders.set(entity, v > 0 ? 'm' : 'f');
  }
  return genders;
}
