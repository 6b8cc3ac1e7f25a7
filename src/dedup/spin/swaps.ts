// Spinner swaps as data: what article spinners (thesaurus-driven rewriters) typically put in place
// of common news words, collected from spun news and from the "tortured phrases" literature
// (Cabanac, Labbé & Magazinov 2021). WordNet explains most swaps; these are the ones it does not.

/** Original → spinner output, one word or a short phrase each side. */
export const SPIN_SWAPS: readonly (readonly [string, string])[] = [
  ['told', 'instructed'],
  ['tells', 'instructs'],
  ['telling', 'instructing'],
  ['said', 'stated'],
  ['says', 'states'],
  ['about', 'round'],
  ['around', 'round'],
  ['eastern', 'jap'],
  ['discussion', 'dialog'],
  ['discussions', 'dialogs'],
  ['back', 'again'],
  ['more than', 'greater than'],
  ['action', 'motion'],
  ['tough', 'powerful'],
  ['trigger', 'set off'],
  ['demands', 'calls for'],
  ['last week', 'final week'],
  ['last', 'final'],
  ['also', 'additionally'],
  ['sent', 'despatched'],
  ['intending', 'desiring'],
  ['phone', 'cellphone'],
  ['call', 'name'],
  ['signs', 'indicators'],
  ['ground', 'bottom'],
  ['joining', 'becoming a member of'],
  ['control', 'management'],
  ['talk', 'speak'],
  ['while', 'whereas'],
  ['however', 'nevertheless'],
  ['officials', 'officers'],
  ['people', 'individuals'],
  ['company', 'firm'],
  ['help', 'assist'],
  ['need', 'want'],
  ['because', 'as a result of'],
  ['according to', 'in accordance with'],
  ['big', 'huge'],
  ['buy', 'purchase'],
  ['start', 'begin'],
  ['show', 'present'],
  ['get', 'get hold of'],
  ['near', 'close to'],
  ['rejected', 'refused'],
  ['formally', 'officially'],
  ['amid', 'amongst'],
  ['possible', 'attainable'],
  ['agreement', 'settlement'],
  ['condition', 'situation'],
  ['speaking', 'talking'],
  ['really', 'actually'],
  ['does not', 'just isn t'],
  ['military', 'navy'],
  ['troops', 'troopers'],
  ['leader', 'chief'],
  ['lawmakers', 'legislators'],
  ['war', 'battle'],
  ['attack', 'assault'],
  ['artificial intelligence', 'counterfeit consciousness'],
  ['big data', 'large information'],
  ['deep learning', 'profound learning'],
  ['random forest', 'irregular woodland'],
  ['breast cancer', 'bosom peril'],
  ['kidney failure', 'kidney disappointment'],
  ['signal to noise', 'flag to commotion'],
];

/** Word pairs that spinners produce and newsrooms do not: each one seen is evidence of spin. */
export const SPINNER_PHRASES: readonly string[] = [
  'cellphone name',
  'phone name',
  'tug again',
  'tug back',
  'instructed reporters',
  'instructed journalists',
  'instructed the press',
  'instructed a news conference',
  'instructed a briefing',
  'instructed lawmakers',
  'stated in an announcement',
  'mentioned in an announcement',
  'in accordance with a press release',
  'jap europe',
  'indicators on the bottom',
  'set off powerful',
  'arms management',
  'confidence constructing',
  'the corporate stated',
  'counterfeit consciousness',
  'profound learning',
  'large information',
  'irregular woodland',
  'bosom peril',
  'kidney disappointment',
  'flag to commotion',
  'man made consciousness',
  'haphazard woodland',
  'mean square mistake',
];

const swapKeys = new Set(SPIN_SWAPS.filter(([a, b]) => a !== b).map(([a, b]) => `${a}|${b}`));

/** True when `to` is what spinners typically write for `from`, in that direction. */
export function isDirectedSpinSwap(from: string, to: string): boolean {
  return swapKeys.has(`${from}|${to}`);
}

/** True when `to` is what spinners typically write for `from` (either direction: which text is the copy may be unknown). */
export function isSpinSwap(from: string, to: string): boolean {
  return swapKeys.has(`${from}|${to}`) || swapKeys.has(`${to}|${from}`);
}
