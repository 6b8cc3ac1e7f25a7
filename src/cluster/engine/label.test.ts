import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupLabel, newGroup } from './groups.js';

test('an event label names names: no nationality, language or generic noun', () => {
  const g = newGroup('e-1', 1);
  g.centroid = new Map([
    ['e:english', 3],
    ['e:department', 2.5],
    ['e:russian', 2.2],
    ['n:sergei lavrov', 2],
    ['e:geneva', 1.5],
    ['t:talk', 1],
  ]);
  g.surfaces = new Map([
    ['e:english', 'English'],
    ['e:department', 'Department'],
    ['e:russian', 'Russian'],
    ['n:sergei lavrov', 'Sergei Lavrov'],
    ['e:geneva', 'Geneva'],
    ['t:talk', 'talks'],
  ]);
  const label = groupLabel(g, () => 1, 3);
  assert.equal(label, 'Sergei Lavrov, Geneva, talks');
});
