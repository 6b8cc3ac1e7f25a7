// A page's error as a page: the status and the one-line reason, escaped.
import { esc, layout } from './layout.js';

export function errorPage(status: number, title: string, detail: string): string {
  return layout({
    title: `${status} ${title}`,
    kind: 'error',
    body: `<h1>${status} ${esc(title)}</h1><p>${esc(detail)}</p><p><a href="/">Back to the stories</a></p>`,
  });
}
