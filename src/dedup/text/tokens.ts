// Word tokens for copy detection. A plain letter/digit scan rather than the shared wink reading:
// fingerprints run on every article at ingest and must stay cheap, and copy detection needs only
// word identity and offsets (quote styles and punctuation differ between outlets and are ignored).

export interface WordToken {
  /** Lower-cased, NFKC-folded form. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Every word of `text` with its offsets into `text` itself. */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ norm: m[0].normalize('NFKC').toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** Words that carry no content: ignored when judging whether two sentences say the same thing. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for with from as into onto over under about than then that this these ' +
    'those there here is are was were be been being has have had do does did will would shall should can could may ' +
    'might must it its he she they we you i me him her them us our your their his my not no nor so too very also ' +
    'just only which who whom whose what when where why how all any both each some such s t said says say'
  ).split(' '),
);

export const isContentWord = (w: string): boolean => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w));
