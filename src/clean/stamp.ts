// Is a short line nothing but a date or time stamp ("Updated 11:21 pm CST, Tuesday, November 19,
// 2019", "sexta-feira, 22 de outubro de 2010 às 20:13")? Answered from a vocabulary of month and
// weekday names in the languages news pages are most often in: a date parser per line is ~100× slower.

const MONTHS = [
  'january february march april may june july august september october november december',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar jänner februar märz april mai juni juli august september oktober november dezember',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januari februari maart april mei juni juli augustus september oktober november december',
];

const WEEKDAYS = [
  'monday tuesday wednesday thursday friday saturday sunday',
  'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo segunda terça quarta quinta sexta',
  'lunes martes miércoles jueves viernes sábado domingo',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
];

/** Labels and joining words around a stamp, in the same languages. */
const GLUE =
  'published updated posted first last on at am pm a.m. p.m. of the th st nd rd de del às as um le à il am um op publicado atualizado actualizado pubblicato aggiornato publié mis jour veröffentlicht aktualisiert gepubliceerd bijgewerkt h hrs';

function withAbbreviations(lists: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of lists.join(' ').split(' ')) {
    out.add(word);
    out.add(word.slice(0, 3));
    out.add(word.slice(0, 4));
  }
  return out;
}

const VOCABULARY = new Set([
  ...withAbbreviations(MONTHS),
  ...withAbbreviations(WEEKDAYS),
  ...GLUE.split(' '),
]);
const NUMBERISH = /^(\d{1,4}(st|nd|rd|th|º|ª)?|\d{1,2}[:.h]\d{2}([:.]\d{2})?(am|pm)?)$/;
/** Time-zone abbreviations: CST, GMT, IST, UTC+1, GMT+05:00. */
const ZONE = /^(\p{Lu}{2,5}|utc|gmt)([+-]\d{1,2}(:?\d{2})?)?$/u;

function isStampToken(raw: string): boolean {
  const t = raw.replace(/^[([|]+|[)\].,|:;•·]+$/g, '');
  // Empty after trimming, or a separator standing alone ("12 / 16 / 08").
  if (!t || /^[/–—-]+$/.test(t)) return true;
  if (NUMBERISH.test(t.toLowerCase()) || ZONE.test(t)) return true;
  const lower = t.toLowerCase().replace(/\.$/, '');
  return VOCABULARY.has(lower) || lower.split(/[/-]/).every((p) => NUMBERISH.test(p) || VOCABULARY.has(p));
}

/** True when every word of a short text belongs to a date or time stamp and it names a year or a time. */
export function isStampLine(text: string): boolean {
  if (!/\b(19|20)\d{2}\b|\b\d{1,2}[:.h]\d{2}\b/.test(text)) return false;
  const tokens = text.split(/[\s,|•·]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every(isStampToken);
}
