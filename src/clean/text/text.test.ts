import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../../config/index.js';
import { repoRoot, SKIP_NO_SHARED, sharedDir } from '../../eval/data.js';
import { clean } from '../index.js';
import { inlineDateline } from './header.js';
import { cleanText } from './index.js';

const config = defaultConfig().clean;
const fixture = (slug: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', slug, 'input.txt'), 'utf8');
const kinds = (removed: { kind: string; text: string }[]) => removed.map((r) => `${r.kind}: ${r.text}`);

test('wire copy: crumbs, headline, inline dateline and credits are taken out', () => {
  const r = cleanText(fixture('wire-dateline'), config);
  assert.equal(r.title, 'Port authority strikes deal with dockworkers after two-week walkout');
  assert.equal(r.dateline, 'Rotterdam');
  assert.equal(r.published, null);
  assert.ok(r.paragraphs[0]?.startsWith('The port authority and the dockworkers'));
  assert.equal(r.paragraphs.length, 3);
  const removed = kinds(r.removed);
  assert.ok(removed.includes('navigation: World | Politics | Markets'));
  assert.ok(removed.includes('dateline: ROTTERDAM (Reuters) -'));
  assert.ok(removed.includes('credit: Reporting by Anna Visser; Editing by Mark Jones'));
});

test('dateline line, caption, related-links list and disclaimer', () => {
  const r = cleanText(fixture('related-and-caption'), config);
  assert.equal(r.published, '2023-03-14');
  assert.equal(r.publishedFrom, 'dateline');
  assert.equal(r.dateline, 'Lisbon');
  const byKind = (k: string) => r.removed.filter((x) => x.kind === k).map((x) => x.text);
  assert.deepEqual(byKind('caption'), [
    'Firefighters battle a blaze on the outskirts of the city on Monday. Pic/AFP',
  ]);
  assert.deepEqual(byKind('related-links'), [
    'RELATED STORIES',
    'Heatwave grips southern Europe as records fall',
    'Spain braces for drought as reservoirs run low',
    'Wildfire season starts early in Greece',
  ]);
  assert.equal(byKind('disclaimer').length, 1);
  // Every sentence of the story is kept, in order, one paragraph each.
  assert.equal(r.paragraphs.length, 3);
  assert.ok(r.paragraphs[2]?.startsWith('The civil protection agency warned'));
});

test('injected header gives the date and place; widgets and credits go', () => {
  const r = cleanText(fixture('injected-header'), config);
  assert.equal(r.published, '2023-05-04');
  assert.equal(r.publishedFrom, 'text-header');
  assert.equal(r.dateline, 'Nairobi');
  assert.ok(r.paragraphs[0]?.startsWith("Kenya's central bank held"));
  assert.deepEqual(kinds(r.removed), [
    'header: date 2023-05-04 NAIROBI •',
    'boilerplate: May 4: What you need to know today',
    'credit: Staff writers contributed reporting.',
  ]);
});

test('a text that states no date gets none, and keeps all its paragraphs', () => {
  const r = cleanText(fixture('no-date'), config);
  assert.equal(r.published, null);
  assert.equal(r.title, null);
  assert.deepEqual(r.removed, []);
  assert.equal(r.paragraphs.length, 3);
});

function genevaDir(): string | null {
  const shared = sharedDir();
  const fromShared = shared ? join(shared, 'examples', 'geneva-2022') : null;
  if (fromShared && existsSync(fromShared)) return fromShared;
  const inRepo = join(repoRoot, 'examples', 'geneva-2022');
  return existsSync(inRepo) ? inRepo : null;
}

const GENEVA: Record<string, { published: string | null; dateline: string | null; removed: string[] }> = {
  '000': { published: '2022-01-22', dateline: 'Geneva', removed: ['header'] },
  '001': { published: null, dateline: null, removed: ['navigation', 'title', 'credit'] },
  '002': { published: '2022-01-21', dateline: null, removed: ['header', 'boilerplate', 'credit'] },
  '003': {
    published: '2022-01-22',
    dateline: 'Geneva',
    removed: ['dateline', 'caption', ...Array(6).fill('related-links'), 'disclaimer'],
  },
  '004': { published: null, dateline: null, removed: [] },
};

test('Geneva reports: dates, datelines and what is removed', (t) => {
  const dir = genevaDir();
  if (!dir) return t.skip(SKIP_NO_SHARED);
  const ctx = {
    config: defaultConfig(),
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
  for (const [prefix, want] of Object.entries(GENEVA)) {
    const file = `${prefix}_${{ '000': '295f587e640d5f64', '001': '9eb82af5f3bd5d83', '002': '36ec4a0469faaa65', '003': '784d2a974267d6f5', '004': 'de228d32275cfa36' }[prefix]}.txt`;
    const content = readFileSync(join(dir, file), 'utf8');
    const out = clean({ id: prefix, input: file, kind: 'text', format: 'text', content, meta: {} }, ctx);
    assert.equal(out.status, 'ok', file);
    if (out.status !== 'ok') continue;
    const a = out.value;
    assert.equal(a.published, want.published, `${file} published`);
    assert.equal(a.dateline, want.dateline, `${file} dateline`);
    assert.deepEqual(
      a.removed.map((r) => r.kind),
      want.removed,
      `${file} removed`,
    );
    assert.equal(a.language, 'en', `${file} language`);
    if (prefix === '001')
      assert.equal(a.title, 'Ukraine crisis: US and Russia hold emergency talks in Geneva');
    assert.ok(
      !/Pic\/AP|ALSO READ|syndicated feed|Editing by|contributed reporting|What you need to know/.test(
        a.text,
      ),
      file,
    );
    assert.ok(/\n\n/.test(a.text), `${file} keeps paragraphs apart`);
  }
});

test('a byline line becomes the byline and leaves the body', () => {
  const r = cleanText(fixture('byline'), config);
  assert.equal(r.byline, 'Maria Gonzalez and Tom Reed');
  assert.equal(r.title, 'Drought forces farmers to sell cattle early');
  assert.deepEqual(
    r.removed.map((x) => x.kind),
    ['title', 'byline'],
  );
  assert.equal(r.paragraphs.length, 2);
});

test('inline datelines in their common forms, and labels that are not places', () => {
  const place = (s: string) => inlineDateline(s)?.dateline ?? null;
  assert.equal(place('GENEVA (Reuters) - The talks ended.'), 'Geneva');
  assert.equal(place('WASHINGTON, Sept 30 (AP) — The Senate voted.'), 'Washington');
  assert.equal(place('NEW DELHI: The government said on Monday.'), 'New Delhi');
  assert.equal(place('KYIV — Ukrainian forces advanced.'), 'Kyiv');
  assert.equal(place('BREAKING: A fire broke out.'), null);
  assert.equal(place('NATO allies met on Friday.'), null);
});

test('a date line between the headline and the story dates it and is not taken for the title', () => {
  const text = [
    'Report: Red Sox offer Teixeira $200 million',
    '',
    'December 15th, 2008, 7:35 am',
    '',
    'Dan Patrick reported on his show that the Boston Red Sox have made first baseman Mark Teixeira an eight-year, $200 million offer.',
    '',
    'If so, that blows the reported offers by the Angels and the Washington Nationals out of the water.',
  ].join('\n');
  const r = cleanText(text, config);
  assert.equal(r.title, 'Report: Red Sox offer Teixeira $200 million');
  assert.equal(r.published, '2008-12-15');
  assert.equal(r.publishedFrom, 'text-header');
  assert.deepEqual(
    r.removed.map((x) => [x.kind, x.text]),
    [
      ['title', 'Report: Red Sox offer Teixeira $200 million'],
      ['header', 'December 15th, 2008, 7:35 am'],
    ],
  );
  assert.equal(r.paragraphs.length, 2);
});
