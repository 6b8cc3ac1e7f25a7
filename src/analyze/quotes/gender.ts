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

/** The first he/she-type pronoun after a mention, before the next person or the sentence end. */
function pronounAfter(
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  m: ResolvedMention,
  stop: number,
): number {
  for (let k = m.last + 1; k < stop && sentenceOf[k] === sentenceOf[m.last]; k++) {
    const w = tokens[k]!.normal;
    if (MALE.has(w)) return 1;
    if (FEMALE.has(w)) return -1;
  }
  return 0;
}

/** Pronoun evidence per entity: positive for "he", negative for "she". */
function pronounVotes(
  tokens: readonly Token[],
  sentenceOf: Int32Array,
  people: readonly ResolvedMention[],
): Map<string, number> {
  const votes = new Map<string, number>();
  for (const [i, m] of people.entries()) {
    const vote = pronounAfter(tokens, sentenceOf, m, people[i + 1]?.first ?? tokens.length);
    if (vote !== 0) tally(votes, m.entity, vote);
  }
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
