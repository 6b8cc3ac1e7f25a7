// Who reported what and when: the story's reports grouped by origin, each copy, syndicated or spun
// rewrite under the report it came from, so a reader sees that five reports are two origins.
import { flagLabels, type RenderModel, type SourceNote } from '../../brief/render/model.js';
import { originsFromRelations } from '../../dedup/index.js';
import type { Relation } from '../../types/story.js';
import { shortDay } from './dates.js';
import { esc } from './layout.js';
import { counted } from './parts.js';

const KIND: Record<Relation['kind'], string> = {
  duplicate: 'duplicate of',
  'near-duplicate': 'near-duplicate of',
  syndicated: 'syndicated copy of',
  spun: 'spun rewrite of',
  derived: 'derived from',
};

function report(m: RenderModel, s: SourceNote, relation: Relation | undefined): string {
  const to = relation ? m.byId.get(relation.to) : undefined;
  const how =
    relation && to
      ? `<span class="rel ${esc(relation.kind)}">${esc(KIND[relation.kind])} [${to.n}] (${relation.score.toFixed(2)})</span>`
      : '';
  const flags = flagLabels(m, s)
    .map((f) => `<span class="flag">${esc(f)}</span>`)
    .join(' ');
  const title = s.article.title ?? s.article.text.slice(0, 90);
  return `<li><a href="#article-${esc(s.article.id)}" data-article="${esc(s.article.id)}" class="src">[${s.n}${s.spun ? '*' : ''}]</a> <strong>${esc(s.outlet)}</strong> <time>${esc(shortDay(s.article.published))}</time> ${esc(title)} ${how} ${flags}</li>`;
}

export function coverageHtml(m: RenderModel): string {
  const ids = m.sources.map((s) => s.article.id);
  const origin = originsFromRelations(ids, m.analysis.relations);
  const relationOf = new Map(m.analysis.relations.filter((r) => origin.has(r.from)).map((r) => [r.from, r]));
  const groups = new Map<string, SourceNote[]>();
  for (const s of [...m.sources].sort((a, b) =>
    (a.article.published ?? '~').localeCompare(b.article.published ?? '~'),
  )) {
    const root = origin.get(s.article.id) ?? s.article.id;
    groups.set(root, [...(groups.get(root) ?? []), s]);
  }
  // As the story index counts them: a spun rewrite of an unknown original is its own origin, said so.
  const spunOnly = [...groups.values()].filter((g) => g.every((s) => s.spun)).length;
  const items = [...groups]
    .map(([root, notes]) => {
      const head = notes.find((s) => s.article.id === root) ?? notes[0]!;
      const copies = notes.filter((s) => s !== head);
      const sub = copies.length
        ? `<ul class="copies">${copies.map((c) => report(m, c, relationOf.get(c.article.id))).join('')}</ul>`
        : '';
      const kind = head.spun
        ? 'origin unknown: machine-spun rewrite'
        : `origin ${counted(notes.length, 'report')}`;
      return `<li class="origin"><div class="origin-head">${esc(kind)}</div><ul>${report(m, head, undefined)}</ul>${sub}</li>`;
    })
    .join('');
  return `<h2 id="coverage">Coverage</h2><p class="meta">${counted(m.sources.length, 'report')} from ${counted(groups.size, 'independent origin')}${spunOnly ? ` (${spunOnly} of them ${spunOnly === 1 ? 'a machine-spun rewrite' : 'machine-spun rewrites'} of an unknown original)` : ''}; copies and rewrites are grouped under the report they came from.</p><ol class="coverage">${items}</ol>`;
}
