// The article's language, detected from its cleaned text (tinyld); a page's declared language is
// used only when the text is too short or too mixed for detection to answer.
import { detect } from 'tinyld';

/** Detection reads this many characters; more adds time and no accuracy on a news body. */
const SAMPLE_CHARS = 1000;

export function detectLanguage(text: string, declared: string | null): string | null {
  const found = text.trim() ? detect(text.slice(0, SAMPLE_CHARS)) : '';
  return found || declared || null;
}
