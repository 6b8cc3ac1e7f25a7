// The dedup stage: which article came from which (duplicate, near-duplicate, syndicated, derived,
// spun), with aligned evidence, flags on the copies, and independent origins.
export { copySide } from './classify/direction.js';
export { judge, reuseScore } from './classify/judge.js';
export { type LevelThresholds, type ReuseLevel, reuseLevel } from './classify/level.js';
export { type DedupConfig, dedupConfig } from './config.js';
export { type DetectedReuse, detectReuse, type MadeForReuse, ReuseStream } from './detect.js';
export { type FingerprintIndex, MemoryFingerprintIndex } from './fingerprint/memory-index.js';
export {
  BANDS,
  bandsOf,
  estimateJaccard,
  type Fingerprint,
  fingerprint,
  HASHES,
  ROWS,
} from './fingerprint/minhash.js';
export { detectReuseIncremental, type IncrementalReuse, type ReuseLookup } from './incremental.js';
export { originsFromRelations } from './origins.js';
export { SpinMemo } from './spin/memo.js';
export { type IntrinsicSpin, intrinsicSpin } from './spin/score.js';
export { spinStamp } from './spin/stamp.js';
export { type PairReport, type PairSettings, passageSpans, verifyPair } from './verify/index.js';
export { paraphraseScore } from './verify/sentence.js';
export { type ArticleView, viewOf } from './verify/view.js';
