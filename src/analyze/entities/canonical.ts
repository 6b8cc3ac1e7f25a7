// Refiner: mentions of one article → entities. "Mr Blinken", "Blinken", "Antony Blinken" and
// "US Secretary of State Antony Blinken" become one person named "Antony Blinken" with the role
// "Secretary of State"; "U.S." and "United States" one place; "NATO" and "North Atlantic Treaty
// Organisation" one organisation. Ids come from the folded canonical form so that the same
// referent gets the same id in every article ("person:lavrov").
import type { ArticleEntity, EntityType } from '../../types/article.js';
import { entityKey, foldName, foldWord, plainKey, slugKey } from './fold.js';
import { givenNames } from './lexicon.js';
import type { Mention } from './mention.js';

export interface ResolvedMention extends Mention {
  entity: string;
}

interface Draft {
  type: EntityType;
  name: string;
  key: string;
  role: string | null;
  gender: 'm' | 'f' | null;
  aliases: Set<string>;
}

const surnameOf = (m: Mention): string => foldWord(m.words[m.words.length - 1] ?? '');

/** People with a full name, by folded surname; the longest name seen is the canonical one. */
function collectPeople(mentions: readonly Mention[]): Map<string, Draft> {
  const people = new Map<string, Draft>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.words.length < 2) continue;
    const name = m.words.join(' ');
    // A namesake with another given name (Hunter after Joe Biden) is a person of its own, keyed by full name.
    const key = namesake(people.get(surnameOf(m)), m) ? foldName(name) : surnameOf(m);
    const prev = people.get(key);
    if (!prev)
      people.set(key, { type: 'person', name, key, role: m.role, gender: m.gender, aliases: new Set() });
    else {
      if (name.length > prev.name.length) prev.name = name;
      prev.role ??= m.role;
      prev.gender ??= m.gender;
    }
  }
  return people;
}

function namesake(prev: Draft | undefined, m: Mention): boolean {
  if (!prev) return false;
  const a = foldWord(prev.name.split(' ')[0] ?? '');
  const b = foldWord(m.words[0] ?? '');
  return a !== b && !a.startsWith(b) && !b.startsWith(a);
}

/** The person a short mention ("Blinken", "Mr Lavrov", "Antony") refers to, if any. */
function personFor(m: Mention, people: ReadonlyMap<string, Draft>): Draft | undefined {
  if (m.words.length !== 1 || (m.type !== 'person' && m.type !== 'other')) return undefined;
  const bySurname = people.get(surnameOf(m));
  if (bySurname) return bySurname;
  if (!givenNames.has(m.words[0]!)) return undefined;
  const byGiven = [...people.values()].filter((p) => foldWord(p.name.split(' ')[0] ?? '') === surnameOf(m));
  return byGiven.length === 1 ? byGiven[0] : undefined;
}

/** The draft a mention belongs to, created on first sight. */
function draftFor(m: Mention, people: Map<string, Draft>, others: Map<string, Draft>): Draft {
  const person =
    m.type === 'person' && m.words.length >= 2
      ? (people.get(foldName(m.words.join(' '))) ?? people.get(surnameOf(m)))
      : personFor(m, people);
  if (person) return person;
  if (m.type === 'person') {
    const key = surnameOf(m);
    const draft: Draft = {
      type: 'person',
      name: m.words.join(' '),
      key,
      role: m.role,
      gender: m.gender,
      aliases: new Set(),
    };
    people.set(key, draft);
    return draft;
  }
  const name = m.canonical ?? m.words.join(' ');
  const key = m.canonical ? slugKey(m.canonical) : m.type === 'organization' ? plainKey(name) : slugKey(name);
  const id = `${m.type}|${key}`;
  let draft = others.get(id);
  if (!draft) {
    draft = { type: m.type, name, key, role: null, gender: null, aliases: new Set() };
    others.set(id, draft);
  }
  return draft;
}

/** Entities and id-carrying mentions for one article's mentions. */
export function canonicalise(mentions: readonly Mention[]): {
  mentions: ResolvedMention[];
  table: ArticleEntity[];
} {
  const people = collectPeople(mentions);
  const others = new Map<string, Draft>();
  const drafts = mentions.map((m) => draftFor(m, people, others));
  const ids = new Map<Draft, string>();
  const used = new Set<string>();
  for (const d of drafts) {
    if (ids.has(d)) continue;
    let id = entityKey(d.type, d.key);
    // Two people with one surname (Joe and Hunter Biden): the later one is keyed by full name.
    if (used.has(id)) id = entityKey(d.type, foldName(d.name));
    used.add(id);
    ids.set(d, id);
  }
  const resolved = mentions.map((m, i) => {
    const d = drafts[i]!;
    d.aliases.add(m.text);
    return { ...m, type: d.type, gender: m.gender ?? d.gender, entity: ids.get(d)! };
  });
  const table = [...ids].map(([d, id]) => ({
    id,
    name: d.name,
    type: d.type,
    aliases: [...d.aliases],
    role: d.role,
  }));
  return { mentions: resolved, table };
}
