// newsfuse pages: keyboard moves, "new since my last visit", live list updates, the article side
// panel and adding articles. Article text is only ever inserted with textContent.
(() => {
  const page = document.body.getAttribute('data-page');
  const LAST = 'nf-last-visit';

  function $(sel, root) {
    return (root || document).querySelector(sel);
  }
  function $$(sel, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(sel));
  }
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function typing(t) {
    return (
      t &&
      (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)
    );
  }

  // 1. Keys: "/" searches; j/k move through a list of stories or results; Escape closes the panel.
  let cursor = -1;
  function rows() {
    return $$('.stories .headline, .hits .hit > a');
  }
  function move(by) {
    const r = rows();
    if (!r.length) return;
    cursor = Math.max(0, Math.min(r.length - 1, cursor + by));
    r.forEach((a, i) => {
      a.closest('li').classList.toggle('current', i === cursor);
    });
    r[cursor].focus();
  }
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'Escape') {
      closePanel();
      return;
    }
    if (typing(ev.target)) return;
    if (ev.key === '/') {
      const q = $('#q');
      if (q) {
        ev.preventDefault();
        q.focus();
        q.select();
      }
    } else if (ev.key === 'j') move(1);
    else if (ev.key === 'k') move(-1);
  });

  // 2. New since my last visit: the time of the previous visit stays fixed for this browser session.
  function previousVisit() {
    let prev = sessionStorage.getItem(LAST);
    if (prev === null) {
      prev = localStorage.getItem(LAST) || '';
      sessionStorage.setItem(LAST, prev);
    }
    localStorage.setItem(LAST, new Date().toISOString());
    return prev;
  }
  function markNew(prev) {
    if (!prev) return;
    $$('.stories li[data-updated]').forEach((li) => {
      const badge = $('.new', li);
      if (badge) badge.hidden = !(li.getAttribute('data-updated') > prev);
    });
  }
  if (page === 'list') {
    const prev = previousVisit();
    markNew(prev);
    if (prev) {
      const link = $('#new-only');
      const url = new URL(location.href);
      url.searchParams.set('changedSince', prev);
      url.searchParams.delete('cursor');
      link.href = url.pathname + url.search;
      link.parentNode.hidden = false;
    }
  }

  // 3. Live list: a change in the workspace re-reads this page and swaps in its list.
  let refreshing = false;
  function refreshList() {
    const list = $('#stories');
    if (!list || refreshing) return;
    refreshing = true;
    fetch(location.href, { headers: { accept: 'text/html' } })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((text) => {
        const fresh = new DOMParser().parseFromString(text, 'text/html').getElementById('stories');
        if (!fresh) return;
        list.replaceChildren.apply(
          list,
          $$('li', fresh)
            .filter((li) => li.parentNode === fresh)
            .map((li) => document.importNode(li, true)),
        );
        const empty = $('.empty');
        if (empty && list.children.length) empty.hidden = true;
        markNew(sessionStorage.getItem(LAST));
        const live = $('#live');
        if (live) live.textContent = 'Updated ' + new Date().toLocaleTimeString() + '.';
      })
      .catch(() => {})
      .then(() => {
        refreshing = false;
      });
  }
  if (page === 'list' && window.EventSource) {
    const events = new EventSource('/api/events');
    events.addEventListener('change', refreshList);
    events.addEventListener('job', (ev) => {
      const job = JSON.parse(ev.data);
      if (job.state === 'done') refreshList();
    });
  }

  // 4. The article panel: a citation opens its article with exactly the cited span marked.
  let data = null;
  function articles() {
    if (data === null) {
      const node = $('#nf-articles');
      data = node ? JSON.parse(node.textContent) : {};
    }
    return data;
  }
  function openPanel(id, start, end) {
    const a = articles()[id];
    const panel = $('#viewer');
    if (!a || !panel) return false;
    $('#viewer-title').textContent = a.label;
    const body = $('#viewer-text');
    if (start == null) body.replaceChildren(document.createTextNode(a.text));
    else {
      const mark = el('mark', a.text.slice(start, end));
      mark.id = 'nf-hl';
      body.replaceChildren(
        document.createTextNode(a.text.slice(0, start)),
        mark,
        document.createTextNode(a.text.slice(end)),
      );
    }
    panel.hidden = false;
    document.body.classList.add('panel-open');
    const hl = $('#nf-hl', body);
    if (hl) hl.scrollIntoView({ block: 'center' });
    else body.scrollTop = 0;
    $('#viewer-close').focus({ preventScroll: true });
    return true;
  }
  function closePanel() {
    const panel = $('#viewer');
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    document.body.classList.remove('panel-open');
  }
  if (page === 'story') {
    $$('button.open').forEach((b) => {
      b.hidden = false;
    });
    document.addEventListener('click', (ev) => {
      const t = ev.target.closest ? ev.target.closest('[data-cite], [data-article]') : null;
      if (!t) return;
      let ok;
      if (t.hasAttribute('data-cite')) {
        const p = t.getAttribute('data-cite').split(':');
        ok = openPanel(p[0], Number(p[1]), Number(p[2]));
      } else ok = openPanel(t.getAttribute('data-article'));
      if (ok) ev.preventDefault();
    });
    $('#viewer-close').addEventListener('click', closePanel);
    // A link from elsewhere (an entity's quote) may name a span to open: ?cite=ARTICLE:START:END.
    const named = new URLSearchParams(location.search).get('cite');
    if (named) {
      const p = named.split(':');
      openPanel(p[0], Number(p[1]), Number(p[2]));
    }
  }

  // 5. Adding: pasted text, a URL or files become background jobs whose progress is shown.
  const form = $('#add-form');
  if (form)
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const tokenField = $('#add-token');
      if (tokenField?.value) localStorage.setItem('nf-token', tokenField.value);
      const headers = {};
      const token = localStorage.getItem('nf-token');
      if (token) headers.authorization = 'Bearer ' + token;
      const text = $('#add-text').value.trim();
      const files = Array.prototype.slice.call($('#add-files').files || []);
      if (text) {
        const urls = text.split(/\s+/).filter((w) => /^https?:\/\/\S+$/.test(w));
        const body =
          urls.length && urls.join(' ') === text.split(/\s+/).join(' ')
            ? { urls: urls }
            : {
                documents: [
                  Object.assign({ text: text }, field('#add-title', 'title'), field('#add-outlet', 'outlet')),
                ],
              };
        send(
          '/api/jobs',
          JSON.stringify(body),
          Object.assign({ 'content-type': 'application/json' }, headers),
          urls.length ? urls.join(', ') : 'pasted text',
        );
      }
      files.forEach((f) => {
        send(
          '/api/uploads?name=' + encodeURIComponent(f.name),
          f,
          Object.assign({ 'content-type': 'application/octet-stream' }, headers),
          f.name,
        );
      });
      if (text || files.length) form.reset();
    });
  function field(sel, name) {
    const v = $(sel)?.value.trim();
    const o = {};
    if (v) o[name] = v;
    return o;
  }

  function send(url, body, headers, label) {
    const li = el('li', null, 'job');
    const state = el('span', 'sending…', 'state');
    li.append(el('strong', label), ' ', state);
    $('#jobs').prepend(li);
    fetch(url, { method: 'POST', body: body, headers: headers })
      .then((r) => r.json().then((j) => ({ ok: r.ok, body: j })))
      .then((r) => {
        if (!r.ok) {
          state.textContent = 'refused: ' + (r.body.detail || r.body.title);
          li.classList.add('failed');
          return;
        }
        follow(r.body.id, state, li);
      })
      .catch((e) => {
        state.textContent = 'failed: ' + e.message;
        li.classList.add('failed');
      });
  }
  function follow(id, state, li) {
    fetch('/api/jobs/' + encodeURIComponent(id))
      .then((r) => r.json())
      .then((job) => {
        if (job.state === 'running') {
          const p = job.progress;
          state.textContent = p
            ? p.stage + ' ' + p.done + (p.total != null ? '/' + p.total : '')
            : 'running…';
          setTimeout(() => {
            follow(id, state, li);
          }, 600);
          return;
        }
        li.classList.add(job.state);
        if (job.state === 'failed') {
          state.textContent = 'failed: ' + job.error;
          return;
        }
        const res = job.result;
        let words = res.added + ' added, ' + res.alreadyStored + ' already stored';
        if (res.skipped.length)
          words +=
            ', ' + res.skipped.length + ' skipped (' + res.skipped.map((s) => s.reason).join('; ') + ')';
        state.textContent = words;
        refreshList();
      });
  }
})();
