// Exports entity mentions and annotations as one RFC 4180 CSV table for spreadsheets.
// The browser build of csv-stringify bundles its own Buffer shim, so this also runs in the web extension host.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ExportInput } from './exportInput';
import { defuseCell } from './defuseCell';
import { lineCounter } from './lineCounter';

export const CSV_COLUMNS = ['record', 'type', 'subtype', 'text', 'canonical', 'role', 'start', 'end', 'line', 'status', 'note', 'author', 'tags'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvRow = Record<CsvColumn, string | number>;

/** Tags are joined in one cell; `;` is what spreadsheet users split on without breaking CSV quoting. */
const TAG_SEPARATOR = '; ';
/** Engine mentions carry no review status of their own. */
const NO_VALUE = '';

/**
 * One row per entity mention (`record` = `entity`; `author` says where it came from: engine, gazetteer
 * or reviewer) then one per annotation (`record` = `annotation`, `type` = annotation kind, `subtype` =
 * its entity type, `canonical` = the alias target; replies are not included).
 * Offsets are UTF-16 like everywhere in Newsmark; orphaned annotations have empty start/end/line.
 * Lines end in CRLF as RFC 4180 specifies; every text cell is defused against formula injection.
 */
export function exportCsv(input: ExportInput): string {
  const lineOf = lineCounter(input.text);
  const rows: CsvRow[] = [];
  for (const e of input.analysis.entities) {
    rows.push({
      record: 'entity',
      type: e.type,
      subtype: e.subtype ?? NO_VALUE,
      text: e.text,
      canonical: e.canonical ?? NO_VALUE,
      role: e.role ?? NO_VALUE,
      start: e.start,
      end: e.end,
      line: lineOf(e.start),
      status: NO_VALUE,
      note: NO_VALUE,
      author: e.source ?? NO_VALUE,
      tags: NO_VALUE,
    });
  }
  for (const { annotation: a, start, end, orphaned } of input.annotations) {
    rows.push({
      record: 'annotation',
      type: a.kind,
      subtype: a.entityType ?? NO_VALUE,
      text: orphaned ? a.anchor.quote : input.text.slice(start, end),
      canonical: a.aliasOf ?? NO_VALUE,
      role: NO_VALUE,
      start: orphaned ? NO_VALUE : start,
      end: orphaned ? NO_VALUE : end,
      line: orphaned ? NO_VALUE : lineOf(start),
      status: a.status,
      note: a.note ?? NO_VALUE,
      author: a.author,
      tags: a.tags.join(TAG_SEPARATOR),
    });
  }
  const cells = rows.map((row) => CSV_COLUMNS.map((c) => defuseCell(row[c])));
  return stringify([[...CSV_COLUMNS], ...cells], {
    record_delimiter: 'windows',
    // Quote cells with leading/trailing spaces too, so no reader trims article text.
    quoted_match: /^\s|\s$/,
  });
}
