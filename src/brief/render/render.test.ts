import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { Analysis } from '../../types/story.js';
import { genevaFixture, withParagraph } from '../fixtures/geneva.js';
import { testContext } from '../fixtures/mini.js';
import { brief, render } from '../index.js';
import { eventDate } from './model.js';
import { visibleLength } from './wrap.js';

const HOSTILE =
  'Planted <script>alert(1)</script> and <img src=x onerror=alert(2)> and [link](javascript:x) *bold*.';
const f = genevaFixture();
const articles = f.articles.map((a, i) => (i === 0 ? withParagraph(a, HOSTILE) : a));
const story = brief({ group: f.group, articles, entities: f.entities, reuse: f.reuse }, testContext());
const planted = articles[0]!.text.indexOf(HOSTILE);
const analysis: Analysis = {
  schema: 'newsfuse/analysis@1',
  articles,
  stories: [
    {
      ...story,
      summary: [
        {
          text: HOSTILE,
          citations: [{ article: articles[0]!.id, start: planted, end: planted + HOSTILE.length }],
        },
        ...story.summary,
      ],
    },
  ],
  relations: [],
};

test('text: sections, source markers and legend, within 100 columns, no colour unless asked', () => {
  const out = render(analysis, 'text');
  for (const h of ['SUMMARY', 'EVENTS', 'TIMELINE', 'QUOTES', 'FACTS', 'CONFLICTS', 'SOURCES'])
    assert.ok(out.includes(`\n${h}\n`), h);
  assert.match(out, /\[1\]/);
  assert.match(out, /\[5\*\] unknown outlet · undated/);
  assert.match(out, /machine-spun copy/);
  assert.match(out, /cleaning removed: .*disclaimer 1/);
  assert.ok(!out.includes('\u001b['));
  for (const line of out.split('\n'))
    assert.ok(line.length <= 100 || !line.trim().includes(' '), `too wide: ${line}`);
  const colored = render(analysis, 'text', { color: true, width: 80 });
  assert.ok(colored.includes('\u001b['));
  for (const line of colored.split('\n'))
    assert.ok(visibleLength(line) <= 80 || !line.trim().includes(' '), line);
});

test('md: headings and markers; source markup is escaped, never live', () => {
  const out = render(analysis, 'md');
  assert.match(out, /^# newsfuse briefing/);
  assert.match(out, /### Conflicts/);
  assert.ok(!out.includes('<script>'));
  assert.ok(!out.includes('<img'));
  assert.ok(out.includes('&lt;script&gt;'));
  assert.ok(out.includes('\\[link\\](javascript:x)'), 'no live link');
});

test('html: self-contained, strict CSP with the hashes of our own style and script, source text escaped', () => {
  const out = render(analysis, 'html');
  assert.ok(!/\b(?:src|href)="(?:https?:)?\/\//.test(out), 'no external resource');
  const csp =
    /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(out)?.[1]?.replaceAll('&#39;', "'") ?? '';
  assert.ok(csp.includes("default-src 'none'"), 'a strict policy');
  const scripts = [...out.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const styles = [...out.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  assert.equal(scripts.length, 1);
  const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
  assert.ok(csp.includes(`script-src ${hash(scripts[0]!)}`));
  assert.ok(csp.includes(`style-src ${hash(styles[0]!)}`));
  // Only our two script elements: the code and the JSON data; the planted tags arrive as text.
  assert.equal(out.match(/<script/g)?.length, 2);
  assert.ok(!out.includes('<img'));
  assert.ok(out.includes('&#60;script&#62;alert(1)'));
  const data = /<script type="application\/json" id="nf-data">([\s\S]*?)<\/script>/.exec(out)![1]!;
  assert.ok(!data.includes('<'));
  assert.equal(JSON.parse(data)['1'].text, articles[0]!.text, 'offsets index the exact article text');
  assert.match(out, /class="conflict"/);
  assert.match(out, /data-cite="1:\d+:\d+"/);
});

test('event dates read as a reader would say them', () => {
  assert.equal(eventDate('2022-01-21'), '2022-01-21');
  assert.equal(eventDate('XXXX-WXX-2'), 'a Tuesday, week unknown');
  assert.equal(eventDate('XXXX-WXX-7'), 'a Sunday, week unknown');
  assert.equal(eventDate(null), 'undated');
});

test("a story's merges and splits are shown in every format; its creation alone is not", () => {
  const plain = render(analysis, 'md');
  assert.doesNotMatch(plain, /Merges and splits/);
  const created = { kind: 'created' as const, detail: 'story started by article a', articles: ['a'] };
  const split = {
    kind: 'split' as const,
    detail: 'story s-2 split from s-1: 3 of its articles are closer to one another than to the rest',
    articles: ['b', 'c', 'd'],
  };
  const changed: Analysis = {
    ...analysis,
    stories: [{ ...analysis.stories[0]!, history: [created, split] }],
  };
  for (const format of ['md', 'text', 'html'] as const) {
    const out = render(changed, format);
    assert.match(out, /merges and splits/i, format);
    assert.match(out, /split: story s-2 split from s-1/, format);
    assert.doesNotMatch(out, /story started by article a/, format);
  }
});

test('a source that is only a feed summary says so', () => {
  const a = analysis.articles[0]!;
  const marked = {
    ...analysis,
    articles: [{ ...a, kind: 'summary' as const }, ...analysis.articles.slice(1)],
  };
  assert.match(render(marked, 'text'), /feed\s+summary\s+only/);
  assert.doesNotMatch(render(analysis, 'text'), /feed\s+summary\s+only/);
});

test('a briefing cut short by the time limit says which parts it lacks and why', () => {
  const reason = 'time 12500 ms over 10000 ms limit (--timeout) by the end of timeline';
  const cut: Analysis = {
    ...analysis,
    stories: [
      {
        ...analysis.stories[0]!,
        timeline: [],
        summary: [],
        incomplete: { reason, missing: ['timeline', 'summary'] },
      },
    ],
  };
  for (const format of ['md', 'text', 'html'] as const) {
    const out = render(cut, format).replace(/\s+/g, ' ');
    assert.ok(
      out.includes(
        `This briefing has no timeline, summary: time 12500 ms over 10000 ms limit (--timeout) by`,
      ),
      format,
    );
    assert.doesNotMatch(render(analysis, format), /This briefing has no/, format);
  }
});
