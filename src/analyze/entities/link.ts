// Linking the entities of one story's articles: the same referent under different ids or
// spellings becomes one story entity ("Sergei"/"Sergey Lavrov", "Nato"/"NATO", "Blinken" typed
// `other` in an article that never gives his full name). Articles are returned as copies whose
// mentions and quote speakers point at the story ids; inputs are not changed.
import type { AnalyzedArticle, ArticleEntity } from '../../types/article.js';
import type { StoryEntity } from '../../types/story.js';
import { entityKey, foldName, foldWord } from './fold.js';

interface Node {
  article: string;
  entity: ArticleEntity;
}

const surnameKey = (e: ArticleEntity) => foldWord(e.name.split(/\s+/).pop() ?? '');
const givenKey = (e: ArticleEntity) => (e.name.includes(' ') ? foldWord(e.name.split(/\s+/)[0] ?? '') : null);

/** Two people with one surname are one person unless their given names differ. */
function samePerson(a: ArticleEntity, b: ArticleEntity): boolean {
  if (surnameKey(a) !== surnameKey(b)) return false;
  const ga = givenKey(a);
  const gb = givenKey(b);
  return ga === null || gb === null || ga === gb || ga[0] === gb || gb[0] === ga;
}

/** Whether two article entities name the same referent. */
function sameReferent(a: ArticleEntity, b: ArticleEntity): boolean {
  if (a.type === 'person' && b.type === 'person') return samePerson(a, b);
  if (a.type === 'person' || b.type === 'person') {
    const [p, o] = a.type === 'person' ? [a, b] : [b, a];
    return o.type === 'other' && !o.name.includes(' ') && surnameKey(o) === surnameKey(p);
  }
  return idKey(a) === idKey(b) && (a.type === b.type || a.type === 'other' || b.type === 'other');
}

const idKey = (e: ArticleEntity) => e.id.slice(e.id.indexOf(':') + 1);

/** Groups of nodes with one referent; candidates are found by surname and id key, not by scanning. */
function groupNodes(nodes: readonly Node[]): Node[][] {
  const groups: Node[][] = [];
  const index = new Map<string, Node[][]>();
  for (const n of nodes) {
    const keys = [`s:${surnameKey(n.entity)}`, `k:${idKey(n.entity)}`];
    const candidates = keys.flatMap((k) => index.get(k) ?? []);
    let home = candidates.find((g) => g.some((m) => sameReferent(m.entity, n.entity)));
    if (!home) {
      home = [];
      groups.push(home);
    }
    home.push(n);
    for (const k of keys) {
      const list = index.get(k) ?? [];
      if (!list.includes(home)) list.push(home);
      index.set(k, list);
    }
  }
  return groups;
}

function storyEntityOf(group: readonly Node[], taken: Set<string>): StoryEntity {
  const typed = group.find((n) => n.entity.type !== 'other')?.entity ?? group[0]!.entity;
  const names = group.filter((n) => n.entity.type === typed.type).map((n) => n.entity.name);
  const name = typed.type === 'person' ? names.reduce((a, b) => (b.length > a.length ? b : a)) : typed.name;
  // A second person with a taken surname id (Hunter after Joe Biden) is keyed by the full name.
  let id = taken.has(typed.id) && typed.type === 'person' ? entityKey('person', foldName(name)) : typed.id;
  for (let k = 2; taken.has(id); k++) id = `${typed.id}-${k}`;
  taken.add(id);
  return {
    id,
    name,
    type: typed.type,
    aliases: [...new Set(group.flatMap((n) => [n.entity.name, ...n.entity.aliases]))],
    articles: [...new Set(group.map((n) => n.article))],
    role: group.find((n) => n.entity.role)?.entity.role ?? null,
  };
}

function remapArticle(
  a: AnalyzedArticle,
  ids: ReadonlyMap<string, string>,
  byId: ReadonlyMap<string, StoryEntity>,
): AnalyzedArticle {
  const to = (id: string) => ids.get(`${a.id}\u0000${id}`) ?? id;
  return {
    ...a,
    entities: a.entities.map((m) => ({ ...m, entity: to(m.entity) })),
    entityTable: a.entityTable.map((e) => ({ ...e, id: to(e.id) })),
    quotes: a.quotes.map((q) => {
      if (!q.speaker) return { ...q };
      const speaker = to(q.speaker);
      return { ...q, speaker, speakerName: byId.get(speaker)?.name ?? q.speakerName };
    }),
  };
}

/** Links entities across one story's articles; returns story entities and re-pointed copies of the articles. */
export function linkStoryEntities(articles: readonly AnalyzedArticle[]): {
  entities: StoryEntity[];
  articles: AnalyzedArticle[];
} {
  // People with full names first, so that a lone surname joins the person rather than starting a group.
  const nodes = articles
    .flatMap((a) => a.entityTable.map((entity) => ({ article: a.id, entity })))
    .sort((x, y) => rank(x.entity) - rank(y.entity));
  const taken = new Set<string>();
  const ids = new Map<string, string>();
  const entities = groupNodes(nodes).map((group) => {
    const se = storyEntityOf(group, taken);
    for (const n of group) ids.set(`${n.article}\u0000${n.entity.id}`, se.id);
    return se;
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  return { entities, articles: articles.map((a) => remapArticle(a, ids, byId)) };
}

function rank(e: ArticleEntity): number {
  if (e.type === 'person') return e.name.includes(' ') ? 0 : 1;
  return e.type === 'other' ? 3 : 2;
}
