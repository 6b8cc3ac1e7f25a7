// What the clusterer knows of one article: a bag of weighted features, and when it happened.

/** The day the article's happening took place, as well as the text lets us tell. */
export interface Happening {
  /** YYYY-MM-DD, or null. */
  date: string | null;
  /** 0 (Sunday) – 6, from a weekday named in the lead ("met on Friday"), or from `date`. */
  weekday: number | null;
  /** Where the day came from: a resolved time in the lead, a weekday, or only the publication date. */
  source: 'lead-date' | 'weekday' | 'published' | null;
}

export interface ArticleFeatures {
  id: string;
  /**
   * Feature key → weight before IDF (sublinear term frequency × the weight of its kind). Keys are
   * prefixed by kind: `n:` a full entity name, `e:` a proper-noun token, `t:` a stemmed content word,
   * `d:` a resolved date.
   */
  weights: Map<string, number>;
  /** Feature key → how it was written the first time, for labels. */
  surfaces: Map<string, string>;
  happening: Happening;
  /**
   * The `n:` keys of the people and organisations named (who carries a continuing story), then the
   * `p:` keys of the people the article is about (see protagonistKeys).
   */
  actors: string[];
  /** Day number (days since 1970-01-01) used for time decay, or null when the article is undated. */
  day: number | null;
}

/** A feature occurrence before weighting: the extractors return these. */
export interface FeatureHit {
  key: string;
  surface: string;
  /** The kind's weight from the configuration. */
  kind: number;
  /** Title and lead occurrences count more. */
  position: number;
}
