// Adding to the workspace from a page: paste text or a URL, or choose files. The script sends
// them to the ingest API as background jobs and shows their progress; the list updates by itself.
import { layout } from './layout.js';

export type Writes = 'open' | 'token' | 'disabled';

export function addForm(writes: Writes): string {
  if (writes === 'disabled')
    return '<p>This server accepts no additions: it listens beyond this machine without a token (start it with <code>--token</code>).</p>';
  const token =
    writes === 'token'
      ? '<label>Access token <input id="add-token" type="password" autocomplete="off"></label><p class="meta">This server asks for its token before it adds or deletes anything; the token is kept in this browser.</p>'
      : '';
  return `<noscript><p>Adding from the page needs JavaScript; <code>newsfuse ingest FILE --db …</code> works without it.</p></noscript>
<form id="add-form" class="add" method="post" action="/api/jobs">
<label for="add-text">Paste an article's text, or a URL</label>
<textarea id="add-text" name="text" rows="6" placeholder="Paste the text of a report, or https://…"></textarea>
<div class="add-row"><label>Title (optional) <input id="add-title" name="title"></label>
<label>Outlet (optional) <input id="add-outlet" name="outlet"></label></div>
<label>Or files (text, HTML, feed, JSON Lines, WARC) <input id="add-files" type="file" multiple></label>
${token}
<button type="submit">Add</button></form>
<ol id="jobs" class="jobs" aria-live="polite"></ol>`;
}

export function addPage(writes: Writes): string {
  return layout({ title: 'Add articles', kind: 'add', body: `<h1>Add articles</h1>${addForm(writes)}` });
}
