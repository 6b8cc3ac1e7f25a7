// Article metadata from JSON-LD: the first NewsArticle-like object (also inside @graph or arrays).
export interface JsonLdMeta {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
  language: string | null;
}

const ARTICLE_TYPES =
  /^(news|report|scholarly|tech|satirical|analysis|opinion|review|background|live)?(article|blogposting|posting|reportagenewsarticle)$/i;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function flatten(v: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (isObject(v)) {
    out.push(v);
    if (v['@graph']) flatten(v['@graph'], out);
  }
  return out;
}

function isArticle(o: Json): boolean {
  const t = o['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JSON-LD is often written with HTML entities left in its strings (`&#163;`, `&amp;`). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? decodeEntities(v.replace(/\s+/g, ' ').trim()) : null;
}

/** A person or organisation given as a string, an object with `name`, or a list of either. */
function names(v: unknown): string | null {
  const list = (Array.isArray(v) ? v : [v])
    .map((x) => (isObject(x) ? str(x.name) : str(x)))
    .filter((x): x is string => !!x);
  return list.length ? [...new Set(list)].join(', ') : null;
}

function parseLoose(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // Pages often break their JSON-LD with raw control characters inside strings.
    try {
      return JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

export function readJsonLd(blocks: readonly string[]): JsonLdMeta | null {
  for (const raw of blocks) {
    const article = flatten(parseLoose(raw)).find(isArticle);
    if (!article) continue;
    return {
      headline: str(article.headline) ?? str(article.name),
      datePublished: str(article.datePublished) ?? str(article.dateCreated),
      author: names(article.author),
      publisher: names(article.publisher),
      language: str(article.inLanguage),
    };
  }
  return null;
}
