import { z } from 'zod';

/** Markup allowed per character of article text: real pages carry 5-50 characters of markup per text character. */
export const MARKUP_PER_ARTICLE_CHAR = 5;

/** Explicit limits on what one input may cost; each has a CLI flag (named in every rejection it causes). */
export const ingestConfig = z
  .object({
    /** Largest input file or fetched body, in bytes. `--max-bytes` */
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(50 * 1024 * 1024),
    /** Largest decompressed size of one gzip member or stream, in bytes. `--max-decompressed-bytes` */
    maxDecompressedBytes: z
      .number()
      .int()
      .positive()
      .default(200 * 1024 * 1024),
    /**
     * Largest ratio of decompressed to compressed size. Real HTML and WARC gzip stay well under 30:1;
     * a zero-filled bomb is about 1000:1, so this stops small bombs that the size limit would let
     * through. Only checked once the output passes `compressionRatioFloorBytes`. `--max-compression-ratio`
     */
    maxCompressionRatio: z.number().positive().default(200),
    /** Below this many decompressed bytes the ratio is not checked (tiny repetitive pages compress well). */
    compressionRatioFloorBytes: z
      .number()
      .int()
      .positive()
      .default(256 * 1024),
    /** Deepest nesting of HTML/XML/JSON accepted. `--max-depth` */
    maxDepth: z.number().int().positive().default(512),
    /**
     * Largest article text, in characters. A plain-text document over it is refused with its size;
     * HTML whose extracted text is longer is cut there (a `removed` entry says so), and markup over
     * `MARKUP_PER_ARTICLE_CHAR` times it is refused before parsing. `--max-article-chars`
     */
    maxArticleChars: z.number().int().positive().default(1_000_000),
    /** Time allowed per document (milliseconds). `--timeout` */
    timeoutMs: z.number().int().positive().default(30_000),
    /** Allow fetching loopback, link-local and private addresses. `--allow-private-network` */
    allowPrivateNetwork: z.boolean().default(false),
    /** Redirects followed when fetching a URL. `--max-redirects` */
    maxRedirects: z.number().int().min(0).default(5),
    /**
     * Fetch the page of a feed item that carries only a summary, and read the article there (the
     * item is kept when the page cannot be had). `--fetch-articles`
     */
    fetchArticles: z.boolean().default(false),
    /** Sent with every request, so publishers can tell who is fetching. `--user-agent` */
    userAgent: z.string().min(1).default('newsfuse/0.1 (+https://github.com/newsfuse/newsfuse)'),
  })
  .prefault({});
export type IngestConfig = z.infer<typeof ingestConfig>;
