// Stops spreadsheet programs from running CSV cells as formulas (CSV/formula injection).

/** First characters that Excel, LibreOffice or Sheets treat as the start of a formula. */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
/** A plain number ("-12", "-0.5") cannot run anything and should stay a number in the sheet. */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;
/** Prefix spreadsheets show as text and do not evaluate, as OWASP recommends. */
const DEFUSE_PREFIX = "'";

/** Returns the cell unchanged unless it could be run as a formula, in which case it is prefixed with `'`. */
export function defuseCell(value: string | number): string | number {
  if (typeof value === 'number') return value;
  if (PLAIN_NUMBER.test(value)) return value;
  return FORMULA_TRIGGER.test(value) ? DEFUSE_PREFIX + value : value;
}
