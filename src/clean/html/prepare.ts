// Before parsing: JSON-LD is read out of the raw markup, then scripts, styles and other
// never-visible elements are cut from the string. Parsing what remains is cheaper (about a third
// of the parse and Readability time on news pages is spent on scripts and inline SVG).
import { parseHTML } from 'linkedom';

const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
// Never-visible elements, plus page chrome Readability would spend its passes scoring only to drop
// (<nav>, <header>, <footer>, <aside>, controls). <form> stays: some sites wrap the whole page in one.
// A self-closed opening tag (`<svg … />`) closes nothing, so it must not start a cut.
const INVISIBLE =
  /<(script|style|noscript|template|svg|nav|select|button|iframe|header|footer|aside)\b(?:[^>]*[^>/])?>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

/** The bodies of the page's JSON-LD blocks, unparsed. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(JSON_LD)].map((m) => m[1] ?? '').filter((s) => s.trim() !== '');
}

export function stripInvisible(html: string): string {
  return html.replace(COMMENT, '').replace(INVISIBLE, '');
}

/** A fresh document from markup; each call gives a new, independent tree. */
export function parseDocument(html: string): Document {
  // linkedom builds no <html> element for a bare fragment; wrap one so every step sees a page.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}
