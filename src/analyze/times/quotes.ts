// Where the quoted words are: "today" inside a quote is the day it was said, which is not always
// the day of publication ("Lavrov repeated that to me today," Blinken said yesterday).

import { insideAny } from './spans.js';

export interface Range {
  start: number;
  end: number;
}

/** Spans between paired quotation marks (curly or straight), never crossing a blank line. */
export function quoteRanges(text: string): Range[] {
  const out: Range[] = [];
  const re = /“[^”]*”|"[^"]*"|«[^»]*»/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/\n\s*\n/.test(m[0])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function inside(ranges: readonly Range[], at: number): boolean {
  return insideAny(ranges, at);
}
