// Refiner: a reported attribution. "…," the senator said, according to a local newspaper — the words
// reach us through the newspaper, and the attribution that carries them is the outer one: its source
// is the speaker reported (the convention of attribution corpora such as PolNeAR).
import { cuePhraseAt } from './cue.js';
import { isQuoted, type QuoteDoc } from './doc.js';
import { speakerAfter } from './np.js';
import { type Attribution, attributionAt, sentenceBounds } from './shared.js';

const REPORTING = new Set(['reported', 'reports', 'reporting']);
const MAX_REPORTER = 8;

/** "according to X" in the cue's sentence, outside quotes, whose X is a speaker. */
function accordingTo(doc: QuoteDoc, att: Attribution): Attribution | null {
  const { first, last } = sentenceBounds(doc, att.cue[0]);
  for (let k = first; k <= last; k++) {
    if (k === att.cue[0] || doc.tokens[k]!.normal !== 'according') continue;
    if (cuePhraseAt(doc, k) !== 2 || isQuoted(doc, doc.tokens[k]!.start)) continue;
    const speaker = speakerAfter(doc, k + 1, last, true);
    if (speaker) return { kind: att.kind, cue: [k, k + 1], speaker };
  }
  return null;
}

/** "…," Roe said, the local paper reported. / …, reports the local paper: a trailing report after a comma. */
function trailingReport(doc: QuoteDoc, att: Attribution): Attribution | null {
  const { last } = sentenceBounds(doc, att.cue[0]);
  for (let k = Math.max(att.cue[1], att.speaker?.last ?? 0) + 1; k <= last; k++) {
    if (!REPORTING.has(doc.tokens[k]!.normal) || isQuoted(doc, doc.tokens[k]!.start)) continue;
    let c = k - 1;
    while (c > att.cue[1] && k - c <= MAX_REPORTER && doc.tokens[c]!.text !== ',') c--;
    if (doc.tokens[c]?.text !== ',') continue;
    const found = attributionAt(doc, k, c + 1, last, 'postfix', k === c + 1);
    if (found?.speaker && found.speaker.first > c) return { ...found, kind: att.kind };
  }
  return null;
}

/** The attribution whose source reported the cue's speaker, else the attribution itself. */
export function outerAttribution(doc: QuoteDoc, att: Attribution): Attribution {
  if (att.kind === 'headline' || cuePhraseAt(doc, att.cue[0]) > 0) return att;
  return accordingTo(doc, att) ?? trailingReport(doc, att) ?? att;
}
