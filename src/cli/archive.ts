// The commands that read a workspace as an archive: `brief` (streamed, story by story), `stories`
// (the index, a page at a time) and `search`. None of them runs the pipeline: they read what the
// ingest materialised.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Page, SearchHit, StoryIndexEntry } from '../types/archive.js';
import type { Workspace } from '../types/store.js';
import { ANALYSIS_SCHEMA, type Analysis } from '../types/story.js';
import { type BriefSelection, storyBriefings } from '../workspace/read.js';
import type { Format } from './args.js';
import { InputError } from './errors.js';
import type { Io } from './output.js';

/** A sink that honours back-pressure, so a huge brief never piles up in memory. */
async function withSink(
  io: Io,
  out: string | undefined,
  fn: (write: (s: string) => Promise<void>) => Promise<void>,
) {
  const stream: NodeJS.WritableStream = out ? createWriteStream(out) : io.stdout;
  if (out) stream.on('error', () => undefined);
  const write = async (s: string) => {
    if (!stream.write(s)) await once(stream, 'drain');
  };
  try {
    await fn(write);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (out && code) throw new InputError(`cannot write ${out}: ${code}`);
    throw e;
  } finally {
    if (out) await new Promise<void>((resolve) => stream.end(() => resolve()));
  }
}

/** The renderer, loaded only by the formats that need it: JSON Lines are the stored briefings as they are. */
const renderer = async () => (await import('../brief/render/index.js')).render;

/**
 * Briefings of the selected stories. JSON is JSON Lines, one `{story, articles, relations}` a line;
 * text and md are written story by story; html is one page of at most `limit` (default 100) stories.
 */
export async function streamBriefs(
  ws: Workspace,
  sel: BriefSelection,
  format: Format,
  opts: { io: Io; out: string | undefined; color: boolean },
): Promise<{ stories: number; articles: number }> {
  let stories = 0;
  let articles = 0;
  const selection = format === 'html' ? { ...sel, limit: sel.limit ?? 100 } : sel;
  const page: Analysis = { schema: ANALYSIS_SCHEMA, articles: [], stories: [], relations: [] };
  await withSink(opts.io, opts.out, async (write) => {
    for await (const one of storyBriefings(ws, selection)) {
      stories++;
      articles += one.articles.length;
      const [story] = one.stories;
      if (format === 'json')
        await write(`${JSON.stringify({ story, articles: one.articles, relations: one.relations })}\n`);
      else if (format === 'html') {
        page.stories.push(...one.stories);
        page.articles.push(...one.articles);
        page.relations.push(...one.relations);
      } else {
        const text = (await renderer())(one, format, { color: opts.color, width: 100 });
        await write(`${stories > 1 ? '\n' : ''}${text.endsWith('\n') ? text : `${text}\n`}`);
      }
    }
    if (format === 'html') await write((await renderer())(page, 'html'));
  });
  return { stories, articles };
}

const when = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

export function formatStories(page: Page<StoryIndexEntry>, format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify({ stories: page.items, next: page.next })}\n`;
  const lines = page.items.map((s) => {
    const counts = `${s.articles} report${s.articles === 1 ? '' : 's'}, ${s.origins} origin${s.origins === 1 ? '' : 's'}, ${s.outlets} outlet${s.outlets === 1 ? '' : 's'}`;
    const people = s.topEntities
      .slice(0, 3)
      .map((e) => e.name)
      .join(', ');
    return `${s.id}  ${when(s.firstReport)} → ${when(s.lastReport)}  ${s.headline}\n    ${counts}${people ? `; ${people}` : ''}`;
  });
  if (page.next) lines.push(`(more: --cursor ${page.next})`);
  return `${lines.join('\n')}\n`;
}

/** A hit's snippet with its matches marked [like this]. */
function marked(hit: SearchHit): string {
  let out = '';
  let at = 0;
  for (const h of hit.snippet.highlights) {
    out += `${hit.snippet.text.slice(at, h.start)}[${hit.snippet.text.slice(h.start, h.end)}]`;
    at = h.end;
  }
  return (out + hit.snippet.text.slice(at)).replace(/\s+/g, ' ').trim();
}

export function formatHits(page: Page<SearchHit>, format: 'text' | 'json'): string {
  if (format === 'json') return `${JSON.stringify({ results: page.items, next: page.next })}\n`;
  const lines = page.items.map(
    (h) =>
      `${h.kind === 'story' ? 'story  ' : 'article'} ${h.id}${h.story && h.story !== h.id ? ` (story ${h.story})` : ''}  ${h.title}\n    …${marked(h)}…`,
  );
  if (page.next) lines.push(`(more: --cursor ${page.next})`);
  return `${lines.join('\n')}\n`;
}
