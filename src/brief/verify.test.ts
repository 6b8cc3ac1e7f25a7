import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Story } from '../types/story.js';
import { miniArticle } from './fixtures/mini.js';
import { verifyAnalysis } from './verify.js';

const text = 'Talks ended in Geneva. Both sides agreed to meet again.';
const A = miniArticle('a', text);
const S = miniArticle('s', text, { flags: [{ kind: 'spun', score: 0.9, related: null, evidence: [] }] });

function analysis(story: Partial<Story>): Analysis {
  const base: Story = {
    id: 's1',
    headline: 'h',
    articles: ['a', 's'],
    events: [],
    entities: [],
    quotes: [],
    facts: [],
    conflicts: [],
    timeline: [],
    summary: [],
  };
  return { schema: 'newsfuse/analysis@1', articles: [A, S], stories: [{ ...base, ...story }], relations: [] };
}

test('a verbatim, cited, non-spun sentence passes and is counted', () => {
  const v = verifyAnalysis(
    analysis({
      summary: [
        {
          text: 'Talks ended in Geneva.',
          citations: [
            { article: 'a', start: 0, end: 22 },
            { article: 's', start: 0, end: 22 },
          ],
        },
      ],
    }),
  );
  assert.deepEqual(v, { ok: true, problems: [], citations: 2, sentences: 1 });
});

test('paraphrase, spans out of range, unknown articles and spun-only support are reported', () => {
  const v = verifyAnalysis(
    analysis({
      summary: [
        { text: 'Talks finished in Geneva.', citations: [{ article: 'a', start: 0, end: 22 }] },
        { text: 'Talks ended in Geneva.', citations: [{ article: 's', start: 0, end: 22 }] },
        { text: 'x', citations: [{ article: 'zz', start: 0, end: 1 }] },
      ],
      quotes: [
        { text: 'meet again', speakerName: null, occurrences: [{ article: 'a', start: 40, end: 400 }] },
      ],
      facts: [
        { text: 'Geneva', value: null, unit: null, sources: ['a'], independentSources: 2, citations: [] },
      ],
    }),
  );
  assert.equal(v.ok, false);
  const all = v.problems.join('\n');
  assert.match(all, /summary\[0\].*not verbatim/);
  assert.match(all, /summary\[1\].*only by spun/);
  assert.match(all, /unknown article zz/);
  assert.match(all, /quotes\[0\]: span 40\.\.400 is outside/);
  assert.match(all, /facts\[0\]: 2 independent sources out of 1/);
});
