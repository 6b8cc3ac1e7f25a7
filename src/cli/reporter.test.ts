import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createReporter } from './reporter.js';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = { isTTY, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

describe('createReporter', () => {
  it('on a pipe: no progress, skipped inputs named, one summary line', () => {
    const s = fakeStream(false);
    const r = createReporter(s.stream, { quiet: false });
    r.progress('read', 1, 10);
    r.skipped('bad.gz', 'truncated gzip');
    r.finish('read 10 documents');
    assert.equal(s.text(), 'newsfuse: skipped bad.gz: truncated gzip\nnewsfuse: read 10 documents\n');
    assert.equal(r.skippedCount, 1);
  });

  it('on a terminal: draws a bar and clears it before the summary', () => {
    const s = fakeStream(true);
    let t = 0;
    const r = createReporter(s.stream, { quiet: false, now: () => (t += 1000) });
    r.progress('analyze', 5, 10);
    assert.match(s.text(), /analyze \[#{15}\.{15}\] 5\/10/);
    r.finish('done');
    assert.ok(s.text().endsWith('\r\x1b[2Knewsfuse: done\n'));
  });

  it('quiet keeps skips (they are errors a user must see) but drops the summary', () => {
    const s = fakeStream(true);
    const r = createReporter(s.stream, { quiet: true });
    r.progress('read', 1, 2);
    r.skipped('x', 'empty file');
    r.finish('summary');
    assert.equal(s.text(), 'newsfuse: skipped x: empty file\n');
  });
});
