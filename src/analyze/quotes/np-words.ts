// Words a speaker phrase never ends on: time nouns and the names of days and months.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../times/calendar.js';

// Nouns that end a phrase before a verb but never speak ("a day earlier suggesting…").
export const NOT_SPEAKERS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'time',
  'times',
  'moment',
  'night',
  'morning',
  'evening',
  'afternoon',
  'hour',
  'hours',
  'minute',
  'minutes',
  'point',
  'way',
  'thing',
  'things',
  'fact',
  'lot',
]);
export const TIME_NAMES: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
