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

  await t.test('the spun report is flagged in the reading', () => {
    assert.equal(spun.length, 1);
    assert.match(render(analysis, 'text'), /\[\d\*\] .*\n\s+flag: machine-spun copy/);
    for (const s of story.summary) assert.ok(s.citations.some((c) => !spun.includes(c.article)));
  });
});
