// The frame of every page: header with search, the page's main content, one stylesheet and one
// script from /assets (the content security policy allows nothing inline). All text passed in is
// escaped by the caller with `esc`; attributes too.
import { escapeHtml } from '../../brief/render/html-assets.js';

export const esc = escapeHtml;

export interface PageSpec {
  title: string;
  /** Which page this is, for the script and the stylesheet (`list`, `story`, …). */
  kind: string;
  body: string;
  query?: string;
}

export function layout(p: PageSpec): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(p.title)} · newsfuse</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body class="page-${esc(p.kind)}" data-page="${esc(p.kind)}">
<header class="top"><a class="brand" href="/">newsfuse</a>
<form class="search" action="/search" method="get" role="search"><label class="sr" for="q">Search</label>
<input id="q" name="q" type="search" placeholder="Search stories, articles, people  ( / )" value="${esc(p.query ?? '')}" autocomplete="off"></form>
<nav><a href="/">Stories</a> <a href="/add">Add</a></nav></header>
<main id="main">
${p.body}
</main>
</body></html>
`;
}
