// A DOM subtree read as text blocks (paragraphs, headings, list items, captions), each with the
// features the block refiners judge it by: how much of it is link text, which tags and class names
// surround it. Reading never changes the DOM.

export interface Block {
  text: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** The tag that opened the block (lower case): p, h2, li, figcaption, div, … */
  tag: string;
  /** Tag names, classes and ids of the ancestors (inside the root), lower case, for selector-like rules. */
  context: string;
  /** Index of the block in reading order. */
  index: number;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'br',
]);

/** Elements whose text is never reader-visible prose. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'textarea',
  'input',
  'head',
]);

interface Walk {
  blocks: Block[];
  parts: string[];
  linkChars: number;
  linkDepth: number;
  stack: { tag: string; label: string }[];
}

function label(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  const role = el.getAttribute('role') ?? '';
  const itemprop = el.getAttribute('itemprop') ?? '';
  return `${el.localName} ${cls} ${id} ${role} ${itemprop}`.toLowerCase();
}

function flush(w: Walk): void {
  const text = w.parts.join('').replace(/\s+/g, ' ').trim();
  w.parts = [];
  const linkChars = Math.min(w.linkChars, text.length);
  w.linkChars = 0;
  if (!text) return;
  const top = w.stack.at(-1);
  const blockTag = [...w.stack].reverse().find((s) => BLOCK_TAGS.has(s.tag))?.tag ?? top?.tag ?? 'body';
  w.blocks.push({
    text,
    linkChars,
    tag: blockTag,
    context: w.stack.map((s) => s.label).join(' | '),
    index: w.blocks.length,
  });
}

function visit(node: Node, w: Walk): void {
  if (node.nodeType === 3) {
    const value = node.nodeValue ?? '';
    w.parts.push(value);
    if (w.linkDepth > 0) w.linkChars += value.replace(/\s+/g, ' ').trim().length;
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.localName;
  if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
  const isBlock = BLOCK_TAGS.has(tag);
  if (isBlock) flush(w);
  if (tag === 'br') return;
  w.stack.push({ tag, label: label(el) });
  if (tag === 'a') w.linkDepth++;
  for (let child = el.firstChild; child; child = child.nextSibling) visit(child, w);
  if (tag === 'a') w.linkDepth--;
  if (isBlock) flush(w);
  w.stack.pop();
}

/** The text blocks of `root` in reading order. */
export function readBlocks(root: Node): Block[] {
  const w: Walk = { blocks: [], parts: [], linkChars: 0, linkDepth: 0, stack: [] };
  visit(root, w);
  flush(w);
  return w.blocks;
}

export function linkDensity(b: Block): number {
  return b.text.length ? b.linkChars / b.text.length : 0;
}
