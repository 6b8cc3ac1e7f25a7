// The story list (`/`): newest or fastest-growing first, filters as a plain GET form, one row per
// story from the index (never a briefing), a link to the next page by cursor.
import type { Page, StoryIndexEntry, StoryQuery } from '../../types/archive.js';
import { addForm, type Writes } from './add.js';
import { shortDay, timexWords } from './dates.js';
import { esc, layout } from './layout.js';
import { counted, entityLink, sparkline, storyHref, withQuery } from './parts.js';

export interface ListView {
  page: Page<StoryIndexEntry>;
  query: StoryQuery;
  /** The entity filter's name, when one is set. */
  entityName?: string;
  writes: Writes;
}

function row(s: StoryIndexEntry): string {
  const events = [...new Set(s.eventDates.map(timexWords))].slice(0, 4).join(', ');
  const who = s.topEntities.slice(0, 5).map(entityLink).join(' ');
  return `<li class="story" data-id="${esc(s.id)}" data-updated="${esc(s.updatedAt)}">
<div class="row-main"><a class="headline" href="${storyHref(s.id)}">${esc(s.headline)}</a><span class="new" hidden>new</span>
<div class="counts">${counted(s.articles, 'report')} · ${s.outlets ? `${counted(s.outlets, 'outlet')} · ` : ''}<strong>${counted(s.origins, 'independent origin')}</strong></div>
<div class="when">first ${esc(shortDay(s.firstReport))} · latest ${esc(shortDay(s.lastReport))}${events ? ` · events: ${esc(events)}` : ''}</div>
${who ? `<div class="who">${who}</div>` : ''}</div>
<div class="row-spark">${sparkline(s.perDay)}</div></li>`;
}

function filters(q: StoryQuery, entityName: string | undefined): string {
  const opt = (v: string, label: string) =>
    `<option value="${v}"${(q.order ?? 'newest') === v ? ' selected' : ''}>${label}</option>`;
  const field = (name: string, label: string, value: string | undefined, type = 'text') =>
    `<label>${label} <input name="${name}" type="${type}" value="${esc(value ?? '')}"></label>`;
  const entity = q.entity
    ? `<input type="hidden" name="entity" value="${esc(q.entity)}"><span class="chip">about ${esc(entityName ?? q.entity)} <a href="${esc(withQuery('/', { ...plain(q), entity: undefined }))}" aria-label="remove the entity filter">×</a></span>`
    : '';
  return `<form class="filters" method="get" action="/">
<label>Order <select name="order">${opt('newest', 'newest first')}${opt('growing', 'fastest-growing first')}</select></label>
${field('since', 'From', q.since, 'date')}${field('until', 'To', q.until, 'date')}
${field('outlet', 'Outlet', q.outlet)}${field('language', 'Language', q.language)}${entity}
${q.changedSince ? `<input type="hidden" name="changedSince" value="${esc(q.changedSince)}">` : ''}
<span class="actions"><button type="submit">Filter</button> <a href="/">Clear</a></span>
<span class="since-visit" hidden><a id="new-only" href="/">Only new since my last visit</a></span></form>`;
}

/** The query as link parameters (strings only). */
export function plain(q: StoryQuery): Record<string, string | undefined> {
  return {
    order: q.order === 'growing' ? 'growing' : undefined,
    since: q.since,
    until: q.until,
    outlet: q.outlet,
    language: q.language,
    entity: q.entity,
    changedSince: q.changedSince,
    limit: q.limit && q.limit !== 20 ? String(q.limit) : undefined,
  };
}

export function listPage(v: ListView): string {
  const rows = v.page.items.map(row).join('\n');
  const empty = `<p class="empty">No stories${v.query.cursor ? ' on this page' : ' match'} yet. <a href="/add">Add articles</a>.</p>`;
  const next = v.page.next
    ? `<a class="next" rel="next" href="${esc(withQuery('/', { ...plain(v.query), cursor: v.page.next }))}">Older stories →</a>`
    : '';
  const body = `<h1>Stories</h1>${filters(v.query, v.entityName)}
<details class="add-panel"><summary>Add articles</summary>${addForm(v.writes)}</details>
<p class="live" id="live" role="status" aria-live="polite"></p>
<ol class="stories" id="stories">${rows}</ol>${v.page.items.length ? '' : empty}
<nav class="pager">${v.query.cursor ? '<a href="/">Newest</a>' : ''} ${next}</nav>
<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>/</kbd> searches.</p>`;
  return layout({ title: 'Stories', kind: 'list', body });
}
