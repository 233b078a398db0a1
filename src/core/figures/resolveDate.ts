// Fills in what a date figure leaves open ("XXXX-WXX-1" for "Monday", "XXXX-03-03" for "March 3") from the article's dateline date.

const WEEKDAY_VALUE = /^XXXX-WXX-([1-7])$/;
const YEARLESS_VALUE = /^XXXX-(\d{2})(?:-(\d{2}))?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_PER_WEEK = 7;
const MS_PER_DAY = 86_400_000;
/** A year-less date more than this many months after the dateline most likely happened the previous year. */
const MONTHS_AHEAD_STILL_THIS_YEAR = 6;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Resolves a DATE figure's value against the dateline (an ISO "YYYY-MM-DD"). News copy reports what has happened,
 * so a bare weekday is read as the latest such day on or before the dateline ("said on Monday"); a year-less
 * month or day takes the dateline's year unless that would put it more than six months ahead. Returns the
 * resolved ISO value, the value unchanged when it is already complete, or `null` when the dateline is not a date.
 */
export function resolveDate(value: string, dateline: string): string | null {
  const d = ISO_DAY.exec(dateline);
  if (!d) return null;
  const year = Number(d[1]);
  const month = Number(d[2]);
  const day = Number(d[3]);
  const base = Date.UTC(year, month - 1, day);
  if (Number.isNaN(base) || new Date(base).getUTCDate() !== day) return null;

  const w = WEEKDAY_VALUE.exec(value);
  if (w) {
    const isoWeekday = ((new Date(base).getUTCDay() + DAYS_PER_WEEK - 1) % DAYS_PER_WEEK) + 1; // Monday = 1
    const back = (isoWeekday - Number(w[1]) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
    const t = new Date(base - back * MS_PER_DAY);
    return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  }
  const y = YEARLESS_VALUE.exec(value);
  if (y) {
    const m = Number(y[1]);
    const resolvedYear = m - month > MONTHS_AHEAD_STILL_THIS_YEAR ? year - 1 : year;
    return `${pad(resolvedYear, 4)}-${y[1]}${y[2] ? `-${y[2]}` : ''}`;
  }
  return value;
}
