// Attribution rules met in news copy: relative pronouns, reported attributions, participles,
// nested cues, signed quotes, sentence-final attributions. Invented sentences, general forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../nlp/index.js';
import type { Quote } from '../../types/article.js';
import { extractEntities } from '../entities/index.js';
import { extractQuotes } from './index.js';

function direct(text: string): Quote[] {
  const reading = readText(text);
  const { mentions, table } = extractEntities(text, reading);
  return extractQuotes(text, reading, mentions, table).filter((q) => q.direct);
}

test('relative: "X, who said" reports the relative pronoun and resolves to X', () => {
  const [q] = direct('The plan was opposed by Maria Lopez, who said it was "a costly mistake for the city."');
  assert.equal(q?.speakerMention?.text, 'who');
  assert.equal(q?.speakerName, 'Maria Lopez');
});

test('outer: "…," X said, according to a newspaper — the newspaper is the source', () => {
  const [q] = direct(
    'The mayor spoke on Monday. "We will not back down on this," Lopez said, according to the Daily Ledger.',
  );
  assert.match(q?.speakerMention?.text ?? '', /Daily Ledger/);
});

test('outer: a cue inside a reported clause gives way to the outer cue', () => {
  const [q] = direct('Senator Alan Park said Lopez called the budget "a disgrace to the city."');
  assert.equal(q?.speakerName, 'Alan Park');
});

test('participle: ", saying" after an object is said by the clause subject', () => {
  const [q] = direct(
    'Governor Ruth Bell criticised the accord adopted in Geneva, saying it goes "nowhere near far enough."',
  );
  assert.equal(q?.speakerName, 'Ruth Bell');
});

test('signature: a quote signed with a dash and a name', () => {
  const qs = direct(
    'Readers wrote in.\n“The debate was a fiasco.” ― Ana Ortiz\n“It was fine.” ― Tom Reyes\n',
  );
  assert.deepEqual(
    qs.map((q) => q.speakerMention?.text),
    ['Ana Ortiz', 'Tom Reyes'],
  );
});

test('tail: a sentence-final ", said X" names the speaker of a quote inside the sentence', () => {
  const [q] = direct(
    'The promise to "take our country back and start again" appeals to older voters, said Alan Park, a demographer.',
  );
  assert.equal(q?.speakerName, 'Alan Park');
});
