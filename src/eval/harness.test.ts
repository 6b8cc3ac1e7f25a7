import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkBaseline, fmt, formatReport } from './harness.js';

describe('checkBaseline', () => {
  it('passes metrics at or above their floors and flags those below', () => {
    const failures = checkBaseline({ f1: 0.91, precision: 0.8 }, { floors: { f1: 0.9, precision: 0.85 } });
    assert.deepEqual(failures, ['precision 0.800 < floor 0.850']);
  });

  it('treats a pinned metric that disappeared as a failure', () => {
    assert.deepEqual(checkBaseline({}, { floors: { f1: 0.5 } }), ['f1 missing (floor 0.5)']);
  });

  it('checks ceilings for costs', () => {
    assert.deepEqual(checkBaseline({ seconds: 12 }, { floors: {}, ceilings: { seconds: 10 } }), [
      'seconds 12 > ceiling 10',
    ]);
  });

  it('has nothing to check without a baseline', () => {
    assert.deepEqual(checkBaseline({ f1: 0 }, null), []);
  });
});

describe('formatReport', () => {
  it('prints ours with the floors, then one row per peer next to ours', () => {
    const text = formatReport(
      {
        suite: 'demo',
        data: '/data',
        metrics: { f1: 0.9512 },
        peers: { anchor: { f1: 0.9 }, other: { recall: 0.7 } },
        failures: [],
        seconds: 1.25,
      },
      { floors: { f1: 0.94 } },
    );
    const lines = text.split('\n');
    assert.match(lines[0]!, /== demo/);
    assert.match(lines[1]!, /^metric\s+newsfuse\s+floor$/);
    assert.match(lines[2]!, /^f1\s+0\.951\s+0\.940$/);
    assert.match(text, /next to\s+f1\s+recall/);
    assert.match(text, /newsfuse\s+0\.951\s+—/);
    assert.match(text, /anchor\s+0\.900\s+—/);
    assert.match(text, /other\s+—\s+0\.700/);
    assert.match(text, /ok: every metric/);
  });

  it('formats integers and large numbers plainly', () => {
    assert.equal(fmt(12), '12');
    assert.equal(fmt(1234.56), '1234.6');
    assert.equal(fmt(undefined), '—');
  });
});
