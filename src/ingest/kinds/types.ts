// What every input kind implements. Adding a kind is one module in this folder and one line in
// `registry.ts`.
import type { InputKind, RawDocument } from '../../types/article.js';
import type { Outcome, Reporter } from '../../types/stages.js';
import type { IngestConfig } from '../config.js';
import type { Deadline } from '../deadline.js';

/** One input, loaded and decompressed, ready for a kind to read. */
export interface Loaded {
  /** The path or URL as the user gave it (a folder's file: that file's path). */
  input: string;
  /** A name to take extension hints from: the file path, or the final URL. */
  name: string;
  /** The content, decompressed when it was gzip. */
  bytes: Uint8Array;
  /** Hash of the input bytes as read (before decompression): the id of the document or its container. */
  hash: string;
  /** Content-Type the transport declared (HTTP), or null. */
  contentType: string | null;
  /** The URL the bytes came from after redirects, or null for files and standard input. */
  url: string | null;
  /** Why the bytes end early, when a truncated gzip stream was kept in part (WARC only). */
  cut?: string;
}

export interface ReadEnv {
  config: IngestConfig;
  /** Restarted by containers before each item: the time limit is per document. */
  deadline: Deadline;
  reporter: Reporter;
}

/**
 * How sure a kind is that bytes are its own: `sure` from a content signature (a WARC header, a feed
 * root element), `maybe` from weaker signs (an extension, tags somewhere in the first KB).
 */
export type Detection = 'sure' | 'maybe' | null;

export interface KindReader {
  /** Registry name, e.g. `rss`, `json-feed`. */
  name: string;
  kind: InputKind;
  /** Looks at the first KB (or so) of the bytes, and at the name's extension. */
  detect(bytes: Uint8Array, name: string): Detection;
  /** Content-Type media types that mean this kind (`text/html`), checked before weak sniffing. */
  mediaTypes: readonly string[];
  /** One outcome per article candidate; throws `IngestRejection` when the whole input is bad. */
  read(src: Loaded, env: ReadEnv): AsyncIterable<Outcome<RawDocument>>;
}
