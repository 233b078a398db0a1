// Recognises the unit written right after a number — a measure ("km", "tonnes", "degrees Celsius") or a span of time ("months", "-day") — at a given offset.

/** A unit found after a number: `end` is just past it. */
export interface UnitMatch {
  end: number;
  /** Canonical unit name for QUANTITY values, or the ISO 8601 duration designator for time. */
  unit: string;
  kind: 'measure' | 'time';
  /** For time units: how many of the designator one unit is (a decade is 10 years). */
  factor?: number;
  /** For time units: whether the designator belongs after "T" (hours, minutes, seconds). */
  clock?: boolean;
}

// Longest spellings first so "square kilometres" wins over "kilometres" and "km/h" over "km".
const MEASURES: Array<[string, string]> = [
  ['square kilometres', 'km²'], ['square kilometers', 'km²'], ['square kilometre', 'km²'], ['square kilometer', 'km²'],
  ['square miles', 'mi²'], ['square mile', 'mi²'], ['square metres', 'm²'], ['square meters', 'm²'], ['square feet', 'ft²'],
  ['sq km', 'km²'], ['km²', 'km²'], ['km2', 'km²'], ['cubic metres', 'm³'], ['cubic meters', 'm³'],
  ['nautical miles', 'nmi'], ['nautical mile', 'nmi'], ['light years', 'ly'],
  ['kilometres per hour', 'km/h'], ['kilometers per hour', 'km/h'], ['miles per hour', 'mph'], ['km/h', 'km/h'], ['kph', 'km/h'], ['mph', 'mph'],
  ['kilometres', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometer', 'km'], ['km', 'km'],
  ['metres', 'm'], ['meters', 'm'], ['metre', 'm'], ['meter', 'm'], ['miles', 'mi'], ['mile', 'mi'],
  ['centimetres', 'cm'], ['centimeters', 'cm'], ['cm', 'cm'], ['millimetres', 'mm'], ['millimeters', 'mm'], ['mm', 'mm'],
  ['feet', 'ft'], ['foot', 'ft'], ['ft', 'ft'], ['inches', 'in'], ['inch', 'in'], ['yards', 'yd'],
  ['kilograms', 'kg'], ['kilogrammes', 'kg'], ['kilogram', 'kg'], ['kilos', 'kg'], ['kg', 'kg'], ['grams', 'g'], ['grammes', 'g'],
  ['metric tons', 't'], ['tonnes', 't'], ['tonne', 't'], ['tons', 't'], ['ton', 't'], ['lbs', 'lb'], ['lb', 'lb'],
  ['barrels per day', 'bbl/d'], ['barrels a day', 'bbl/d'], ['barrels', 'bbl'], ['barrel', 'bbl'], ['bpd', 'bbl/d'],
  ['litres', 'L'], ['liters', 'L'], ['litre', 'L'], ['liter', 'L'], ['gallons', 'gal'], ['gallon', 'gal'],
  ['hectares', 'ha'], ['hectare', 'ha'], ['acre-feet', 'acre-ft'], ['acre-foot', 'acre-ft'], ['acres', 'acre'], ['acre', 'acre'],
  ['degrees Celsius', '°C'], ['degrees Fahrenheit', '°F'], ['degrees C', '°C'], ['degrees F', '°F'], ['°C', '°C'], ['°F', '°F'],
  ['degrees', '°'], ['degree', '°'], ['°', '°'],
  ['megawatts', 'MW'], ['gigawatts', 'GW'], ['kilowatts', 'kW'], ['MW', 'MW'], ['GW', 'GW'], ['kW', 'kW'],
  ['kWh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['TWh', 'TWh'],
  ['GB', 'GB'], ['TB', 'TB'], ['MB', 'MB'], ['GHz', 'GHz'], ['MHz', 'MHz'],
  ['troy ounces', 'ozt'], ['ounces', 'oz'], ['ounce', 'oz'], ['oz', 'oz'], ['square km', 'km²'],
  ['basis-point', 'bp'], ['basis point', 'bp'], ['bps', 'bp'],
  ['knots', 'kn'], ['basis points', 'bp'], ['points', 'points'], ['point', 'points'], ['pts', 'points'], ['mark', 'mark'],
];

const TIMES: Array<[string, string, number, boolean]> = [
  ['centuries', 'Y', 100, false], ['century', 'Y', 100, false], ['decades', 'Y', 10, false], ['decade', 'Y', 10, false],
  ['years', 'Y', 1, false], ['year', 'Y', 1, false], ['yrs', 'Y', 1, false], ['quarters', 'M', 3, false], ['quarter', 'M', 3, false],
  ['months', 'M', 1, false], ['month', 'M', 1, false], ['fortnights', 'W', 2, false], ['fortnight', 'W', 2, false],
  ['weeks', 'W', 1, false], ['week', 'W', 1, false], ['days', 'D', 1, false], ['day', 'D', 1, false],
  ['hours', 'H', 1, true], ['hour', 'H', 1, true], ['hrs', 'H', 1, true], ['minutes', 'M', 1, true], ['minute', 'M', 1, true],
  ['mins', 'M', 1, true], ['min', 'M', 1, true], ['seconds', 'S', 1, true], ['second', 'S', 1, true],
];

/** Words allowed between a number and its time unit: "six straight days", "two consecutive quarters". */
const TIME_ADJECTIVES = /(?:consecutive|straight|successive|full|whole|long|more|additional|further|extra|previous|past|next|trading|working|business)[ \u00A0]+/y;
const SPACE = /[ \u00A0\u2009\u202F]*/y;
const HYPHEN = /[-\u2010\u2011]/y;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\u00A0]+');
}

// Measures: spelled words are matched case-insensitively except short symbols whose case carries meaning (MW vs mW).
const MEASURE_RE = new RegExp(`(?:${MEASURES.map(([w]) => escape(w)).join('|')})(?![\\p{L}\\p{N}])`, 'uy');
const MEASURE_BY_SPELLING = new Map(MEASURES.map(([w, u]) => [w.toLowerCase().replace(/\s+/g, ' '), u]));
const TIME_RE = new RegExp(`(?:${TIMES.map(([w]) => escape(w)).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
const TIME_BY_SPELLING = new Map(TIMES.map((t) => [t[0], t]));

function skipRe(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : pos;
}

/** A measure unit right after `pos` (spaces or a hyphen allowed, "500km" too); `null` when there is none. */
export function matchMeasure(text: string, pos: number): UnitMatch | null {
  // A hyphen joins a number to its unit when the pair is used as an adjective: "a 3.5-inch screen", "a 300-km border".
  const p = skipRe(HYPHEN, text, pos) > pos ? pos + 1 : skipRe(SPACE, text, pos);
  MEASURE_RE.lastIndex = p;
  const m = MEASURE_RE.exec(text);
  if (!m) return null;
  const unit = MEASURE_BY_SPELLING.get(m[0].replace(/[\s\u00A0]+/g, ' ').toLowerCase()) ?? MEASURE_BY_SPELLING.get(m[0]);
  if (!unit) return null;
  return { end: p + m[0].length, unit, kind: 'measure' };
}

/**
 * A time unit after `pos`: "48 hours", "three-day", "two consecutive quarters". With `hyphenOnly` false a
 * hyphen is still accepted ("12-year"); `null` when there is none.
 */
export function matchTimeUnit(text: string, pos: number): UnitMatch | null {
  let p = skipRe(HYPHEN, text, pos);
  if (p === pos) {
    p = skipRe(SPACE, text, pos);
    if (p === pos) return null;
    p = skipRe(TIME_ADJECTIVES, text, p);
  }
  TIME_RE.lastIndex = p;
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const t = TIME_BY_SPELLING.get(m[0].toLowerCase());
  if (!t) return null;
  return { end: p + m[0].length, unit: t[1], kind: 'time', factor: t[2], clock: t[3] };
}

/** Either kind of unit after a number; a time unit is preferred, so "second" reads as time after a number. */
export function matchUnit(text: string, pos: number): UnitMatch | null {
  return matchTimeUnit(text, pos) ?? matchMeasure(text, pos);
}
