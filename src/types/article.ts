// Contracts for one article as it moves through the pipeline (see CONTRACT.md, "Article").
// All offsets are UTF-16 code-unit offsets into the article's cleaned `text`, `end` exclusive.

/** A piece of an article's cleaned text. `text === article.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Whether a value was read off the text as written, or derived (e.g. "Friday" + the publication date). */
export type Provenance = 'stated' | 'inferred';

export type PublishedFrom =
  | 'text-header'
  | 'dateline'
  | 'html-meta'
  | 'json-ld'
  | 'feed'
  | 'warc'
  | 'url'
  | 'inferred';

/** Kinds of input the ingest stage recognises (by content, not only by extension). */
export type InputKind = 'text' | 'html' | 'feed' | 'jsonl' | 'warc';

/** Metadata that an input may carry before cleaning (feed item fields, JSONL fields, WARC headers). */
export interface SourceMeta {
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  published?: string | null;
  publishedFrom?: PublishedFrom | null;
  language?: string | null;
  /** A feed item's own id (RSS `guid`, Atom `id`, JSON Feed `id`): how a reader knows an item it has seen. */
  guid?: string | null;
}

/**
 * One article candidate as read from an input, before cleaning. A container input (a feed, a
 * JSON Lines dump, a WARC file) yields one RawDocument per item.
 */
export interface RawDocument {
  /** Stable: a hash of the input bytes (plus the item's index inside a container). */
  id: string;
  /** The path or URL as the user gave it (a folder's files: the file's path). */
  input: string;
  /** What kind of input it came from. */
  kind: InputKind;
  /** What `content` is: plain text or HTML markup. */
  format: 'text' | 'html';
  content: string;
  meta: SourceMeta;
  /**
   * The content is what a feed says about an item (its description or summary, or only its title),
   * not the article itself: cleaning keeps it however short, as an article of kind `summary`.
   */
  excerpt?: boolean;
  /**
   * For a page fetched from a feed item's link: the item as the feed gave it. Its metadata fills
   * what the page lacks, and it is kept instead when the page holds no article.
   */
  feedItem?: RawDocument;
}

/** `summary`: the article is only what a feed said about it (title and a short summary). */
export type ArticleKind = 'article' | 'summary';

export type RemovedKind =
  | 'navigation'
  | 'related-links'
  | 'disclaimer'
  | 'credit'
  | 'caption'
  | 'header'
  | 'byline'
  | 'dateline'
  | 'boilerplate'
  | 'advertisement'
  | 'comment'
  | 'title'
  /** Text past the article-size limit (`--max-article-chars`), cut so that every stage stays bounded. */
  | 'over-limit';

export interface Removed {
  kind: RemovedKind;
  text: string;
  /** Why the cleaner took it out (the rule that fired), for people auditing the cleaning. */
  reason?: string;
}

/** The output of the clean stage: the contract's Article metadata and text, without analysis. */
export interface CleanArticle {
  id: string;
  input: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  /** ISO 639-1, detected from the text; null when it cannot be told. */
  language: string | null;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  dateline: string | null;
  text: string;
  removed: Removed[];
  /** Absent or `article` for a full article; `summary` when only a feed's summary of it was read. */
  kind?: ArticleKind;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** A mention of an entity in one article. `entity` is the id of the entity it refers to. */
export interface EntityMention extends Span {
  entity: string;
  provenance?: Provenance;
}

/** An entity as known inside one article (canonical name, type, every spelling seen, role). */
export interface ArticleEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** A title kept as the role: "Secretary of State", "Foreign Minister". */
  role: string | null;
}

export interface Quote extends Span {
  /** True for quoted words; false for reliable indirect speech ("X said that …"). */
  direct: boolean;
  speakerName: string | null;
  /** Entity id of the speaker, or null. */
  speaker: string | null;
  speakerMention: Span | null;
  cue: Span | null;
  /** Scare quotes ("hysteria") are kept but marked, never given a false speaker. */
  scare?: boolean;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  type: TimeType;
  /** TIMEX3 value: 2022-01-21, 2022-W04, 2022-02, P1W, PRESENT_REF, XXXX-XX-XX when unresolvable. */
  value: string;
  /** `inferred` when the value needed an anchor (the publication date or a date mentioned earlier). */
  provenance?: Provenance;
}

export interface NumberExpression extends Span {
  value: number;
  unit: string | null;
  /** "some", "around", "more than": the figure is approximate or a bound. */
  approximate?: boolean;
  /**
   * The head noun of the phrase the figure starts ("100,000 Russian troops" → "troops"), as a span of
   * the text, or null when no noun follows. Absent on articles analysed before it was kept.
   */
  head?: { start: number; end: number } | null;
}

/** An article after the language stage. */
export interface AnalyzedArticle extends CleanArticle {
  entities: EntityMention[];
  /** The entities that `entities[].entity` point to, canonicalised within the article. */
  entityTable: ArticleEntity[];
  quotes: Quote[];
  times: TimeExpression[];
  numbers: NumberExpression[];
  /** Sentence boundaries of `text` (offsets only). */
  sentences: { start: number; end: number }[];
}

export type FlagKind = 'spun' | 'near-duplicate' | 'duplicate' | 'syndicated-copy' | 'derived';

export interface Flag {
  kind: FlagKind;
  /** 0–1 */
  score: number;
  /** The article this one relates to, or null (e.g. an intrinsic spin signal with no original). */
  related: string | null;
  /** Human-readable reasons. */
  evidence: string[];
}

/** The contract's Article: analysis plus the flags the copy detector set. */
export interface Article extends AnalyzedArticle {
  flags: Flag[];
}
