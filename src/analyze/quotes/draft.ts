// A quote while the refiners work on it: the contract's Quote plus the offsets of its marks.
import type { Quote } from '../../types/article.js';

export interface DraftQuote extends Quote {
  open: number;
  close: number;
}
