// The ingest stage: every input a user has (files, folders, URLs, standard input; text, HTML,
// feeds, JSON Lines, WARC, gzip of any of them) → one RawDocument per article candidate. Bad input
// is never thrown: it is yielded as `{status: 'rejected', input, reason}` and the batch goes on.
import { fetch as undiciFetch } from 'undici';
import type { RawDocument } from '../types/article.js';
import type { Context, IngestStage, Outcome } from '../types/stages.js';
import { Deadline } from './deadline.js';
import { rejected } from './errors.js';
import { sizeChecked } from './guards/size.js';
import { chooseKind, KINDS } from './kinds/registry.js';
import type { KindReader, Loaded } from './kinds/types.js';
import { type LoadDeps, loadSource } from './load.js';
import { withItemPages } from './pages.js';
import { expandInputs, type Source } from './sources/inputs.js';
import { systemResolver } from './sources/netguard.js';

export { type CharsetSource, type Decoded, type DecodeHints, decodeBytes } from './bytes/decode.js';
export type { IngestConfig } from './config.js';
export { ingestConfig } from './config.js';
export { Deadline, DocumentTimes, WorkClock } from './deadline.js';
export { IngestRejection, reasonOf } from './errors.js';
export { chooseKind, KINDS } from './kinds/registry.js';
export type { Detection, KindReader, Loaded, ReadEnv } from './kinds/types.js';
export { contentHash, loadFetched } from './load.js';
export { fetchItemPage, type Gate, pageLink, withItemPages } from './pages.js';
export { type FetchDeps, type Fetched, fetchUrl, HttpStatusRejection } from './sources/fetch.js';
export { nonPublicRange, type Resolver, systemResolver } from './sources/netguard.js';

/** Where bytes come from; tests and embedders replace any of them. */
export interface IngestDeps extends LoadDeps {
  kinds: readonly KindReader[];
}

const defaultDeps = (): IngestDeps => ({
  // undici's own fetch: the dispatcher it is given (the address-checking agent) is honoured.
  fetch: (url, init) =>
    undiciFetch(url, init as Parameters<typeof undiciFetch>[1]) as unknown as Promise<Response>,
  resolve: systemResolver,
  stdin: () => process.stdin,
  kinds: KINDS,
});

async function* readSource(
  source: Source,
  ctx: Context,
  deps: IngestDeps,
): AsyncGenerator<Outcome<RawDocument>> {
  const config = ctx.config.ingest;
  const deadline = new Deadline(config.timeoutMs);
  let loaded: Loaded;
  try {
    loaded = await loadSource(source, config, deadline, deps);
  } catch (e) {
    yield rejected(source.input, e);
    return;
  }
  try {
    const kind = chooseKind(loaded.bytes, loaded.name, loaded.contentType, deps.kinds);
    // A container that fails part-way keeps the items already read; the failure is reported after them.
    for await (const outcome of kind.read(loaded, { config, deadline, reporter: ctx.reporter })) {
      yield sizeChecked(outcome, config);
    }
  } catch (e) {
    yield rejected(source.input, e);
  }
}

/** Builds the stage with its sources replaced (a test server's fetch, a fake resolver, a stdin stream). */
export function createIngest(overrides: Partial<IngestDeps> = {}): IngestStage {
  const deps = { ...defaultDeps(), ...overrides };
  async function* read(inputs: readonly string[], ctx: Context) {
    for await (const source of expandInputs(inputs)) yield* readSource(source, ctx, deps);
  }
  return (inputs: readonly string[], ctx: Context) =>
    ctx.config.ingest.fetchArticles ? withItemPages(read(inputs, ctx), ctx, deps) : read(inputs, ctx);
}

export const ingest: IngestStage = createIngest();
