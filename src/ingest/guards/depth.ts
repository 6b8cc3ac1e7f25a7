// Nesting depth, measured by a linear scan before any parser sees the document: deeply nested
// markup or JSON makes recursive parsers and tree walkers overflow the stack.
import { overLimit } from '../errors.js';

/** HTML elements that never have children. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(
    ' ',
  ),
);
/** Elements whose end tag HTML lets authors leave out: a new sibling closes the open one. */
const OPTIONAL_END = new Set(
  'p li dt dd tr td th option optgroup thead tbody tfoot rb rt rp colgroup'.split(' '),
);
/** Raw-text elements: their contents are not markup. */
const RAW_TEXT = new Set('script style textarea title xmp plaintext'.split(' '));
/** How far an optional-end element is looked for up the stack before a sibling is treated as a child. */
const OPTIONAL_LOOKBACK = 4;

function closeTo(stack: string[], name: string, lookback: number): void {
  const from = Math.max(0, stack.length - lookback);
  const at = stack.lastIndexOf(name);
  if (at >= from) stack.length = at;
}

/** Where scanning resumes after a comment, CDATA section, declaration or processing instruction at `i`. */
function skipSpecial(text: string, i: number): number | null {
  const next = text.charCodeAt(i + 1);
  if (next !== 0x21 && next !== 0x3f) return null; // "!" or "?"
  const after = (close: string, from: number) => {
    const end = text.indexOf(close, from);
    return end < 0 ? text.length : end + close.length;
  };
  if (text.startsWith('<!--', i)) return after('-->', i + 4);
  if (text.startsWith('<![CDATA[', i)) return after(']]>', i + 9);
  return after('>', i + 2);
}

/** Where scanning resumes after the contents of a raw-text element opened just before `i`. */
function skipRawText(text: string, name: string, i: number): number {
  const end = new RegExp(`</${name}`, 'gi');
  end.lastIndex = i;
  return end.exec(text)?.index ?? text.length;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Where scanning resumes. */
  next: number;
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** Letters, digits and `_ : . -`: the characters of an element name after its first letter. */
const isNameChar = (c: number) =>
  isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x3a || c === 0x2e || c === 0x2d;

/**
 * The tag starting at `i`, or null when `<` starts no tag. A tag runs to the next ">" (one inside a
 * quoted attribute ends it early, which makes the count a little off, never slow). Hand-rolled: this
 * runs once per tag of every page.
 */
function readTag(text: string, i: number, html: boolean): Tag | null {
  let j = i + 1;
  const closing = text.charCodeAt(j) === 0x2f;
  if (closing) j++;
  const start = j;
  if (!isLetter(text.charCodeAt(j))) return null;
  while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
  const raw = text.slice(start, j);
  const end = text.indexOf('>', j);
  const next = end < 0 ? text.length : end + 1;
  return {
    name: html ? raw.toLowerCase() : raw,
    closing,
    selfClosing: end > 0 && text.charCodeAt(end - 1) === 0x2f,
    next,
  };
}

/** Deepest element nesting. `html` applies HTML's void, optional-end and raw-text rules; XML counts every tag. */
export function markupDepth(text: string, mode: 'html' | 'xml'): number {
  const html = mode === 'html';
  const stack: string[] = [];
  let max = 0;
  let i = text.indexOf('<');
  while (i >= 0) {
    const special = skipSpecial(text, i);
    const tag = special === null ? readTag(text, i, html) : null;
    let next = special ?? tag?.next ?? i + 1;
    if (tag?.closing)
      closeTo(stack, tag.name, stack.length); // a stray end tag is ignored, as parsers do
    else if (tag && !tag.selfClosing && !(html && VOID.has(tag.name))) {
      if (html && OPTIONAL_END.has(tag.name)) closeTo(stack, tag.name, OPTIONAL_LOOKBACK);
      stack.push(tag.name);
      max = Math.max(max, stack.length);
      if (html && RAW_TEXT.has(tag.name)) next = skipRawText(text, tag.name, next);
    }
    i = text.indexOf('<', next);
  }
  return max;
}

/** Deepest nesting of arrays and objects, skipping string contents. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Throws the `--max-depth` rejection when `depth` is over the limit. */
export function assertDepth(what: string, depth: number, maxDepth: number): void {
  if (depth > maxDepth)
    throw overLimit(`${what} nesting depth`, String(depth), String(maxDepth), '--max-depth');
}
