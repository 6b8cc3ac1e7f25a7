// The page's own style and script, inline so the page needs nothing from outside. The content
// security policy allows exactly these two (by hash) and nothing else: no source's markup can run.
import { createHash } from 'node:crypto';

export const CSS = `
:root{--ink:#1d232a;--dim:#5b6670;--line:#d9dee3;--accent:#0b5cad;--warn:#a3261b;--spun:#8a3ea8;--bg:#fbfbfa}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:860px;margin:0 auto;padding:24px 20px 80px}h1{font-size:1.7rem;line-height:1.25;margin:.2em 0}
h2{font-size:1.05rem;text-transform:uppercase;letter-spacing:.06em;color:var(--dim);border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:2em}
.meta{color:var(--dim);font-size:.9rem}.story{margin-bottom:3em}ul{padding-left:1.2em}li{margin:.35em 0}
.summary p{margin:.5em 0}.cite{display:inline-block;font-size:.75rem;line-height:1;padding:2px 5px;margin-left:2px;border-radius:9px;
background:#e6eef7;color:var(--accent);text-decoration:none;vertical-align:super;cursor:pointer;border:0;font-family:inherit}
.cite.spun{background:#f3e8f7;color:var(--spun)}.cite:focus{outline:2px solid var(--accent)}
.date{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.4em}.prec{color:var(--dim);font-size:.8rem}
blockquote{margin:.6em 0;padding:.3em .8em;border-left:3px solid var(--line)}.speaker{font-weight:600}
.badge{display:inline-block;font-size:.8rem;padding:1px 7px;border-radius:9px;background:#e7f4ea;color:#1c6b34;margin-left:4px}
.conflict{border:1px solid #e8b4ae;background:#fdf0ee;border-radius:6px;padding:.6em .9em;margin:.6em 0}
.conflict strong{color:var(--warn)}.flag{color:var(--spun);font-size:.85rem}.removed{color:var(--dim);font-size:.85rem}
details{margin:.4em 0}details .text{white-space:pre-wrap;font-size:.9rem;background:#fff;border:1px solid var(--line);padding:.6em}
#viewer{position:fixed;inset:auto 0 0 0;max-height:55vh;overflow:auto;background:#fff;border-top:3px solid var(--accent);
box-shadow:0 -4px 16px #0002;padding:12px 20px}#viewer[hidden]{display:none}#viewer-text{white-space:pre-wrap;max-width:860px;margin:0 auto}
#viewer-head{position:sticky;top:-12px;background:#fff;padding:6px 0;display:flex;justify-content:space-between;max-width:860px;margin:0 auto 8px;font-weight:600}
mark{background:#ffe27a;padding:1px 0}`;

export const SCRIPT = `(function(){
var data=JSON.parse(document.getElementById('nf-data').textContent);
var panel=document.getElementById('viewer'),head=document.getElementById('viewer-title'),body=document.getElementById('viewer-text');
function show(n,s,e){var a=data[n];if(!a)return;var m=document.createElement('mark');m.id='nf-hl';
m.textContent=a.text.slice(s,e);head.textContent='['+n+'] '+a.label;
body.replaceChildren(document.createTextNode(a.text.slice(0,s)),m,document.createTextNode(a.text.slice(e)));
panel.hidden=false;m.scrollIntoView({block:'center'});}
document.addEventListener('click',function(ev){var t=ev.target.closest?ev.target.closest('[data-cite]'):null;if(!t)return;
ev.preventDefault();var p=t.getAttribute('data-cite').split(':');show(p[0],Number(p[1]),Number(p[2]));});
document.getElementById('viewer-close').addEventListener('click',function(){panel.hidden=true;});
})();`;

export function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Nothing loads or runs but our own style and script; no base, forms, frames or plugins. */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(CSS)}`,
    `script-src ${sha256(SCRIPT)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Text as HTML: every character that could open markup or end an attribute becomes an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside a <script type="application/json"> element: no "</script>", no "<!--". */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
