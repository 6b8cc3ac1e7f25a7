import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readText } from '../../nlp/index.js';
import type { Quote } from '../../types/article.js';
import { extractEntities } from '../entities/index.js';
import { extractQuotes } from './index.js';
import { findQuotedPassages } from './marks.js';

function quotesOf(text: string): Quote[] {
  const reading = readText(text);
  const { mentions, table } = extractEntities(text, reading);
  return extractQuotes(text, reading, mentions, table);
}
const direct = (text: string) => quotesOf(text).filter((q) => q.direct);
const contents = (text: string) => findQuotedPassages(text).map((p) => text.slice(p.start, p.end));

test('marks: straight, curly and single curly quotes; apostrophes are not marks', () => {
  assert.deepEqual(contents('He said "yes" and “no” to ‘maybe’ but didn’t say it’s over.'), [
    'yes',
    'no',
    'maybe',
  ]);
});

test('marks: a quote running over paragraphs opens each paragraph and closes once', () => {
  const text = '“First paragraph of the quote.\n\n“Second paragraph,” she said.';
  assert.deepEqual(contents(text), ['First paragraph of the quote.\n\n“Second paragraph,']);
});

test('marks: single quotes inside a double-quoted passage belong to it', () => {
  assert.deepEqual(contents('“They told us ‘never again’ today,” he said.'), [
    'They told us ‘never again’ today,',
  ]);
});

test('postfix: "…," Name told reporters', () => {
  const [q] = direct('Antony Blinken met Sergei Lavrov. "We have heard them," Mr Blinken told reporters.');
  assert.equal(q?.speakerName, 'Antony Blinken');
  assert.equal(q?.speakerMention?.text, 'Mr Blinken');
  assert.equal(q?.cue?.text, 'told');
});

test('postfix: inverted order "…," said Name', () => {
  const [q] = direct('"The talks were useful," said Sergei Lavrov.');
  assert.equal(q?.speakerName, 'Sergei Lavrov');
});

test('postfix: a listener after "told" is not the speaker', () => {
  const [q] = direct(
    '"We don\'t expect to resolve our differences here today," Antony Blinken told Sergei Lavrov.',
  );
  assert.equal(q?.speakerName, 'Antony Blinken');
});

test('pronoun: "he said" is the previous attribution\'s speaker, not the last name mentioned', () => {
  const text =
    '"We asked for proof," Mr Blinken told reporters after talks with Foreign Minister Sergei Lavrov in Geneva.\n\n"A good place to start would be de-escalating," he said.';
  const quotes = direct(text);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]?.speakerName, 'Blinken');
  assert.equal(quotes[1]?.speakerMention?.text, 'he');
});

test('pronoun: a new subject in the sentence before wins over an older speaker', () => {
  const text =
    '"We will respond," Antony Blinken said.\n\nLater, President Joe Biden laid out his clearest line yet.\n\n"If any units move across the border, that is an invasion," he said.';
  assert.equal(direct(text)[1]?.speakerName, 'Joe Biden');
});

test('prefix: a partial quote after "X said he did not"', () => {
  const [q] = direct('Sergey Lavrov said he did not "expect a breakthrough at these negotiations."');
  assert.equal(q?.speakerName, 'Sergey Lavrov');
  assert.equal(q?.text, 'expect a breakthrough at these negotiations.');
});

test('prefix: colon after a cue, and a cue in a coordinated verb phrase', () => {
  const [q] = direct(
    'Russian Foreign Minister Sergei Lavrov described the meeting as useful but stressed: "I can\'t tell you if we are on the right track."',
  );
  assert.equal(q?.speakerName, 'Sergei Lavrov');
  assert.equal(q?.cue?.text, 'stressed');
});

test('prefix: "according to" names the source after it', () => {
  const [q] = direct('According to the newspaper, "the new rules will take effect next spring."');
  assert.equal(q?.speakerMention?.text, 'the newspaper');
});

test('colon paragraph: "Blinken continued:" then the quote in the next paragraph', () => {
  const text =
    'Antony Blinken spoke first.\n\nBlinken continued:\n\n“We asked for proof. Where is the proof of good faith?”';
  assert.equal(direct(text)[0]?.speakerName, 'Antony Blinken');
});

test('split quote: the second fragment keeps the speaker and the cue of the first', () => {
  const text = '"What was agreed today is a response," Mr Blinken said. "And then we plan to meet again."';
  const [a, b] = direct(text);
  assert.equal(b?.speakerName, 'Blinken');
  assert.deepEqual(b?.cue, a?.cue);
});

test('nominal: "the official" is the earlier fuller description', () => {
  const text =
    'A senior State Department official told reporters about the call.\n\n“We continue to hear those assurances,” the official stated.';
  const [q] = direct(text);
  assert.equal(q?.speakerMention?.text, 'the official');
  assert.equal(q?.speakerName, 'senior State Department official');
  assert.equal(q?.speaker, null);
});

test('scare quotes: short, no cue, no speaker', () => {
  const quotes = direct('Mr Lavrov dismissed Western "hysteria" over Ukraine and a "minor incursion" there.');
  assert.equal(quotes.length, 2);
  for (const q of quotes) {
    assert.equal(q.scare, true);
    assert.equal(q.speaker, null);
    assert.equal(q.speakerName, null);
  }
});

test('scare quotes: a quoted title of a show is not a statement', () => {
  const [q] = direct('Lavrov once appeared on the evening talk show “Moscow Tonight.”');
  assert.equal(q?.scare, true);
});

test('a short quote with a cue is a partial quote of its speaker', () => {
  const [q] = direct('Mr Blinken met Lavrov at what Mr Blinken called a “critical moment”.');
  assert.equal(q?.scare, undefined);
  assert.equal(q?.speakerName, 'Blinken');
});

test('indirect speech: "X said (that) …" only with a named or pronoun subject', () => {
  const quotes = quotesOf(
    'Antony Blinken said that the US will soon send written responses. The weather said nothing.',
  );
  const indirect = quotes.filter((q) => !q.direct);
  assert.equal(indirect.length, 1);
  assert.equal(indirect[0]?.text, 'the US will soon send written responses');
  assert.equal(indirect[0]?.speakerName, 'Antony Blinken');
});

test('quotes carry spans that index the text', () => {
  const text =
    '“I can’t say whether we are on the right track,” he told reporters, adding: “We will understand.”';
  for (const q of quotesOf(text)) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speakerMention)
      assert.equal(text.slice(q.speakerMention.start, q.speakerMention.end), q.speakerMention.text);
  }
});
