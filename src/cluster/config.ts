import { z } from 'zod';

/** How much each kind of feature counts in an article's vector (before IDF). */
const featureWeights = z
  .object({
    /**
     * A full canonical entity name ("Lindsay Lohan"), on top of its tokens. On ECB+ heavier name and
     * proper-noun weights (3 and 2) scored story B³ F1 0.84 against 0.86 for these: the two events
     * of a topic often share their places and organisations, so names alone do not separate them.
     */
    name: z.number().nonnegative().default(1),
    /** A proper-noun token ("Lohan", "Geneva"). */
    proper: z.number().nonnegative().default(1.5),
    /** A resolved calendar date mentioned in the text (day, month). */
    date: z.number().nonnegative().default(1),
    noun: z.number().nonnegative().default(1),
    number: z.number().nonnegative().default(1),
    /** Generic verbs ("enter", "say") are shared by events of one kind: they weigh little. */
    verb: z.number().nonnegative().default(0.7),
    adjective: z.number().nonnegative().default(0.7),
    /** Multiplier for words of the title and of the lead sentences. */
    title: z.number().nonnegative().default(2),
    lead: z.number().nonnegative().default(1.5),
  })
  .prefault({});

/** Settings of the cluster stage. Thresholds were chosen on the ECB+ development topics. */
export const clusterConfig = z
  .object({
    /** An article joins its best event at or above this score (mean of its best cosines with the event's articles, after decay and date checks). */
    eventThreshold: z.number().min(0).max(1).default(0.25),
    /**
     * A new event joins its best story at or above this score (same measure, with decay and the
     * actor check). 0.2 until protagonists were read; with them, 0.17 (and `linkage` 2) scored story
     * B³ F1 0.925 against 0.919 on ECB+ (topics 1–20, where it was chosen: 0.925 against 0.921).
     */
    storyThreshold: z.number().min(0).max(1).default(0.17),
    /**
     * Splits. A group is re-read as a batch (average linkage over its remembered articles) each
     * time it grows while small, then each time it grows by a quarter; parts whose mean similarity
     * stays under these thresholds, or under `splitCohesion` times a part's own cohesion, are split.
     */
    splitStoryThreshold: z.number().min(0).max(1).default(0.2),
    splitEventThreshold: z.number().min(0).max(1).default(0.25),
    splitCohesion: z.number().min(0).max(1).default(0.5),
    /** Merge two stories an article fits when, read together, they hold as one (the reverse of a split). */
    rejoin: z.boolean().default(true),
    /** The smallest part split off (smaller leftovers stay with the part they are closest to). */
    splitMinPart: z.number().int().min(1).default(3),
    /** Groups smaller than this are never re-read. */
    splitMinSize: z.number().int().min(2).default(6),
    /** The most recent remembered articles a re-read looks at (its cost grows with their square). */
    splitMembers: z.number().int().min(2).default(64),
    /** A second event (or story) this similar to the same article is merged with the first. */
    mergeThreshold: z.number().min(0).max(1).default(0.6),
    /** Similarity halves for every this many days between an article and an event's last article. */
    eventHalfLifeDays: z.number().positive().default(2),
    storyHalfLifeDays: z.number().positive().default(30),
    /** Days between an article and a story's latest article before the story's score decays at all. */
    storyToleranceDays: z.number().nonnegative().default(1),
    /**
     * Events and stories idle this long leave the index (kept as groups, never matched again):
     * no article for `expireArticles` arrivals and, in a dated stream, none within `expireDays` of
     * the newest day seen. Both must hold, so an archive fed out of date order is not forgotten
     * while it is being fed. `expireArticles` also bounds memory: about 10 KB per remembered article.
     */
    expireDays: z.number().positive().default(30),
    expireArticles: z.number().int().positive().default(10_000),
    /** Two happenings whose dates differ by more than this are different events. */
    dateToleranceDays: z.number().nonnegative().default(1),
    /** Multiplier on the event similarity when the dates (or weekdays) of the happenings disagree. */
    datePenalty: z.number().min(0).max(1).default(0.25),
    /** The same when only weekdays are known ("on Tuesday" against "on Friday"): weaker evidence. */
    weekdayPenalty: z.number().min(0).max(1).default(0.4),
    /** Multiplier on the story similarity when a new event shares no person or organisation with the story. */
    actorPenalty: z.number().min(0).max(1).default(0.7),
    /**
     * Multiplier on the similarity of two articles about different people (each names a protagonist,
     * see protagonistKeys, and they share none). On ECB+ it took story B³ precision from 0.875 to 0.904.
     */
    protagonistPenalty: z.number().min(0).max(1).default(0.5),
    /** Sentences counted as the lead (where the happening and its day are told). */
    leadSentences: z.number().int().positive().default(3),
    weights: featureWeights,
    /** IDF is raised to this power: rare, distinctive names and terms weigh more than shared ones. */
    idfPower: z.number().positive().default(1),
    /** A group's score is the mean of the article's this many best similarities with its members (3 before protagonists were read). */
    linkage: z.number().int().positive().default(2),
    /** Features remembered (and indexed) per article; the lightest are dropped. */
    articleTerms: z.number().int().positive().default(100),
    /** Terms kept per event/story centroid, which labels are read from. */
    centroidTerms: z.number().int().positive().default(200),
    /** The article's rarest, heaviest terms used to look candidates up in the index. */
    queryTerms: z.number().int().positive().default(24),
    /** Posting list cap per term: the most recent articles are kept. */
    maxPostings: z.number().int().positive().default(200),
    /** Remembered articles compared exactly per new article, ranked by how many query terms they share. */
    maxCandidates: z.number().int().positive().default(60),
    /** Terms and names in an event's label. */
    labelTerms: z.number().int().positive().default(4),
    /** Expired groups are swept from the index every this many articles. */
    sweepEvery: z.number().int().positive().default(256),
  })
  .prefault({});
export type ClusterConfig = z.infer<typeof clusterConfig>;
export type FeatureWeights = ClusterConfig['weights'];
