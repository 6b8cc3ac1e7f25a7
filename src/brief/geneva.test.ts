// The whole pipeline on the bundled Geneva reports, judged on what its briefing must show.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../eval/data.js';
import { runPipeline } from '../pipeline.js';
import type { Analysis } from '../types/story.js';
import { testContext } from './fixtures/mini.js';
import { render, verifyAnalysis } from './index.js';

let analysis: Analysis;

test('the Geneva briefing, from the real pipeline', async (t) => {
  ({ analysis } = await runPipeline([join(repoRoot, 'examples', 'geneva-2022')], testContext()));
  const spun = analysis.articles.filter((a) => a.flags.some((f) => f.kind === 'spun')).map((a) => a.id);
  const story = analysis.stories.find((s) => s.articles.length >= 4);
  assert.ok(story, 'the reports form one story');

  await t.test('every summary sentence, quote and fact points into real text', () => {
    const v = verifyAnalysis(analysis);
    assert.deepEqual(v.problems, []);
    assert.ok(v.sentences >= 5 && v.sentences <= 8 * analysis.stories.length);
  });

  await t.test('the meeting is dated 2022-01-21', () => {
    assert.ok(
      story.events.some((e) => e.date === '2022-01-21'),
      JSON.stringify(story.events),
    );
  });

  await t.test(
    '100,000 troops are backed by three or more independent origins, the spun copy adds none',
    () => {
      const troops = story.facts.find((f) => f.value === 100000);
      assert.ok(troops, JSON.stringify(story.facts));
      assert.ok(troops.independentSources >= 3);
      const withoutSpun = troops.sources.filter((s) => !spun.includes(s));
      assert.ok(troops.independentSources <= withoutSpun.length);
    },
  );

  await t.test('Lavrov’s two renderings are one quote', () => {
    const q = story.quotes.find((x) => /right track/.test(x.text));
    assert.ok(q, JSON.stringify(story.quotes.map((x) => x.text)));
    assert.ok(new Set(q.occurrences.map((o) => o.article)).size >= 2);
  });

  await t.test('one sentence stands under one date', () => {
    const spans = story.timeline.flatMap((e) => (e.citations ?? []).map((c) => `${c.article}:${c.start}`));
    assert.equal(new Set(spans).size, spans.length, JSON.stringify(story.timeline, null, 1));
  });

  await t.test('a background year is kept apart from the story’s days', () => {
    const year = story.timeline.find((e) => e.date === '1997');
    assert.ok(year, 'the 1997 mention is kept');
    assert.equal(year.background, true);
    assert.ok(
      story.timeline.filter((e) => !e.background).every((e) => e.date.includes('X') || e.date >= '2022'),
    );
    const md = render(analysis, 'md');
    assert.ok(md.indexOf('**1997**') > md.indexOf('### Background'), 'shown under Background');
  });

  await t.test('"on Friday" in the undated report is the Friday the other reports give', () => {
    const undated = analysis.articles.find((a) => a.published === null && !spun.includes(a.id));
    assert.ok(undated);
    const friday = story.timeline.find(
      (e) => e.sources.includes(undated.id) && e.stated === 'XXXX-WXX-5' && e.sources.length === 1,
    );
    assert.ok(friday, JSON.stringify(story.timeline, null, 1));
    assert.equal(friday.date, '2022-01-21');
    assert.equal(friday.inferred, true);
    assert.ok(
      friday.inferredFrom && friday.inferredFrom.length >= 2 && !friday.inferredFrom.includes(undated.id),
    );
    assert.ok(!story.timeline.some((e) => e.date === 'XXXX-WXX-5'));
  });

  await t.test(
    '"next week" in the undated report is the week after the meeting, with the report that dates it',
    () => {
      const undated = analysis.articles.find((a) => a.published === null && !spun.includes(a.id))!;
      const week = story.timeline.find((e) => e.sources.includes(undated.id) && e.date === '2022-W04');
      assert.ok(week, JSON.stringify(story.timeline, null, 1));
      assert.ok(
        week.sources.length >= 2,
        'the written response next week, told by two reports, is one entry',
      );
      assert.ok(!story.timeline.some((e) => e.sources.includes(undated.id) && e.date === 'XXXX-WXX'));
    },
  );

  await t.test('unresolved dates read in words; no word that is no name in entities or labels', () => {
    const text = render(analysis, 'text');
    const timeline = text.slice(text.indexOf('TIMELINE'), text.indexOf('BACKGROUND'));
    assert.ok(!/XXXX/.test(timeline), timeline);
    assert.match(timeline, /a Tuesday \(unresolved\)/);
    const names = story.entities.map((e) => e.name);
    for (const word of ['English', 'Department', 'Western']) assert.ok(!names.includes(word), word);
    for (const e of story.events) assert.ok(!/\bEnglish\b/.test(e.label), e.label);
  });

  await t.test('the spun report is flagged in the reading', () => {
    assert.equal(spun.length, 1);
    assert.match(render(analysis, 'text'), /\[\d\*\] .*\n\s+flag: machine-spun copy/);
    for (const s of story.summary) assert.ok(s.citations.some((c) => !spun.includes(c.article)));
  });
});
