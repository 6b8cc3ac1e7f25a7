import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig } from '../../config/index.js';
import { densestRun } from './density.js';
import type { Judged } from './refiners.js';

const config = defaultConfig().clean;

function block(text: string, linkChars = 0, verdict: Judged['verdict'] = null): Judged {
  return { text, linkChars, tag: 'p', context: 'div', index: 0, verdict };
}

const prose = (n: number) =>
  `Paragraph ${n} of the story says what happened, who said it and when it was said.`;

test('the densest run of prose is kept; link lists and teasers around it are not', () => {
  const blocks = [
    block('Home News Sport Weather', 23),
    block('Short teaser line'),
    block(prose(1)),
    block(prose(2)),
    block('A subheading'),
    block(prose(3)),
    block('Most read stories this week', 27),
    block('Bridge closes for repairs', 25),
  ];
  const out = densestRun(blocks, config);
  const kept = out.filter((b) => !b.verdict).map((b) => b.text);
  assert.deepEqual(kept, [prose(1), prose(2), 'A subheading', prose(3)]);
  assert.equal(out[0]?.verdict?.reason, 'outside the densest run of prose');
  assert.equal(blocks[0]?.verdict, null, 'input blocks are not changed');
});
