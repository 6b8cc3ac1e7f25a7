// The article's language, detected from its cleaned text (tinyld). A declared language (the page's
// <html lang>, a feed's field) settles close calls: it wins when the text ranks it among the top
// candidates, and stands alone only when detection gives no answer.
import { detectAll } from 'tinyld';

/** Detection reads this many characters; more adds time and no accuracy on a news body. */
const SAMPLE_CHARS = 1000;

/** How many of the text's ranked candidates a declared language may be among and still win. */
const DECLARED_RANK = 3;

export function detectLanguage(text: string, declared: string | null): string | null {
  const ranked = text.trim() ? detectAll(text.slice(0, SAMPLE_CHARS)).map((r) => r.lang) : [];
  if (declared && ranked.slice(0, DECLARED_RANK).includes(declared)) return declared;
  return ranked[0] ?? declared ?? null;
}
