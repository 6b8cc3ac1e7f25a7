// A large workspace as the release before the archive rows wrote it (schema 1: the clusterer's state
// as one JSON value, no story index), made from the small one it left (src/store/fixtures/
// workspace-v1.db.gz: one story of five articles) by repeating that story under new ids. Only the
// old file format is written here (raw SQL, no newsfuse code), so upgrading it is what is tested.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { root } from './interrupt.js';

interface Counted {
  seq: number;
  touched?: number;
  at?: number;
}

/** Every id of the fixture (articles, stories, events) → its name in copy `c`. */
function renamer(ids: readonly string[], c: number): (json: string) => string {
  const suffix = c.toString(16).padStart(4, '0');
  const renamed = new Map(ids.map((id) => [id, `${id.slice(0, -4)}${suffix}`]));
  const pattern = new RegExp(ids.join('|'), 'g');
  return (json) => json.replace(pattern, (id) => renamed.get(id)!);
}

/** Writes at `path` a schema-1 workspace holding `copies` stories of five articles each. */
export function writeV1Workspace(path: string, copies: number): { articles: number; stories: number } {
  writeFileSync(path, gunzipSync(readFileSync(join(root, 'src/store/fixtures/workspace-v1.db.gz'))));
  const db = new Database(path);
  const articles = db.prepare('SELECT id, seq, published, input, data FROM articles ORDER BY seq').all() as {
    id: string;
    seq: number;
    published: string | null;
    input: string;
    data: string;
  }[];
  const bands = db.prepare('SELECT band, article FROM bands').all() as { band: string; article: string }[];
  const stories = db.prepare('SELECT id, seq, data FROM stories').all() as {
    id: string;
    seq: number;
    data: string;
  }[];
  const stateJson = (db.prepare("SELECT data FROM state WHERE name = 'cluster'").get() as { data: string })
    .data;
  const state = JSON.parse(stateJson);
  const groups = [...state.events, ...state.stories] as { id: string }[];
  const ids = [...articles.map((a) => a.id), ...groups.map((g) => g.id)];
  const n = state.seq as number;
  const merged = { ...state, placed: [], events: [], stories: [], memory: [] };
  const insert = {
    article: db.prepare('INSERT INTO articles (id, seq, published, input, data) VALUES (?, ?, ?, ?, ?)'),
    band: db.prepare('INSERT INTO bands (band, article) VALUES (?, ?)'),
    story: db.prepare('INSERT INTO stories (id, seq, data) VALUES (?, ?, ?)'),
  };
  db.transaction(() => {
    db.exec('DELETE FROM bands; DELETE FROM stories; DELETE FROM articles');
    for (let c = 0; c < copies; c++) {
      const rename = renamer(ids, c);
      const copy = JSON.parse(rename(stateJson));
      // Arrival counters continue from the copy before, as if the stories had come one after another.
      const shift = (x: Counted) => ({
        ...x,
        seq: x.seq + c * n,
        ...(x.touched === undefined ? {} : { touched: x.touched + c * n }),
      });
      merged.placed.push(...copy.placed);
      merged.events.push(...copy.events.map(shift));
      merged.stories.push(...copy.stories.map(shift));
      merged.memory.push(...copy.memory.map((m: Counted) => ({ ...m, at: (m.at ?? 0) + c * n })));
      for (const a of articles)
        insert.article.run(rename(a.id), a.seq + c * n, a.published, a.input, rename(a.data));
      for (const b of bands) insert.band.run(b.band, rename(b.article));
      for (const s of stories) insert.story.run(rename(s.id), s.seq + c * stories.length, rename(s.data));
    }
    merged.seq = n * copies;
    merged.docFreq = {
      n: state.docFreq.n * copies,
      df: (state.docFreq.df as [string, number][]).map(([k, v]) => [k, v * copies]),
    };
    db.prepare("UPDATE state SET data = ? WHERE name = 'cluster'").run(JSON.stringify(merged));
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { articles: articles.length * copies, stories: stories.length * copies };
}
