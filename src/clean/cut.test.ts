import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import type { RawDocument } from '../types/article.js';
import { clean } from './index.js';

const para = 'The harbour board approved the new budget on Tuesday after a long debate with residents.';

function context(maxArticleChars: number) {
  const config = defaultConfig();
  return {
    config: { ...config, ingest: { ...config.ingest, maxArticleChars } },
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
}

test('HTML text past --max-article-chars is cut at a paragraph, with a removed entry saying so', () => {
  const doc: RawDocument = {
    id: 'd1',
    input: 'long.html',
    kind: 'html',
    format: 'html',
    content: `<html><body><article>${`<p>${para}</p>`.repeat(60)}</article></body></html>`,
    meta: {},
  };
  const out = clean(doc, context(1500));
  assert.equal(out.status, 'ok');
  if (out.status !== 'ok') return;
  assert.ok(out.value.text.length <= 1500, String(out.value.text.length));
  assert.ok(out.value.text.length > 1300);
  const cut = out.value.removed.filter((r) => r.kind === 'over-limit');
  assert.equal(cut.length, 1);
  assert.match(
    cut[0]!.reason!,
    /^article text 5,\d{3} characters over 1,500 limit \(--max-article-chars\): [\d,]+ cut$/,
  );
  assert.equal(cut[0]!.text, para);
  const whole = clean(doc, context(1_000_000));
  assert.equal(whole.status === 'ok' && whole.value.removed.some((r) => r.kind === 'over-limit'), false);
});
