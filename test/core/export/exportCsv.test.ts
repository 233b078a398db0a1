import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, exportCsv } from '../../../src/core/export/exportCsv';
import { NEWS_TEXT, ORPHAN_QUOTE, newsInput } from './newsFixture';

type Row = Record<string, string>;

function readBack(csv: string): Row[] {
  return parse(csv, { columns: true, relax_column_count: false }) as Row[];
}

describe('exportCsv', () => {
  const input = newsInput();
  const csv = exportCsv(input);
  const rows = readBack(csv);

  it('has the documented header and one row per mention and per annotation', () => {
    assert.equal(csv.split('\r\n')[0], CSV_COLUMNS.join(','));
    assert.equal(rows.filter((r) => r.record === 'entity').length, input.analysis.entities.length);
    assert.equal(rows.filter((r) => r.record === 'annotation').length, input.annotations.length);
  });

  it('ends every record with CRLF as RFC 4180 asks', () => {
    assert.ok(csv.endsWith('\r\n'));
    // Records are CRLF-terminated; the only other line breaks are inside quoted cells.
    assert.equal(csv.replace(/"(?:[^"]|"")*"/g, '').split('\n').every((l) => l === '' || l.endsWith('\r')), true);
  });

  it('entity rows give offsets that slice exactly their text, and the line they are on', () => {
    for (const row of rows.filter((r) => r.record === 'entity')) {
      const start = Number(row.start);
      const end = Number(row.end);
      assert.equal(NEWS_TEXT.slice(start, end), row.text);
      assert.equal(NEWS_TEXT.slice(0, start).split('\r\n').length, Number(row.line));
    }
  });

  it('keeps quotes, commas and line breaks in notes and quotes intact', () => {
    const a1 = rows.find((r) => r.note.startsWith('Second source'))!;
    assert.equal(a1.note, 'Second source needed: "which" officials, exactly? Ask Reuters, AP');
    assert.equal(a1.status, 'needs-source');
    const a4 = rows.find((r) => r.status === 'disputed')!;
    assert.equal(a4.text, '€1.3 billion.\r\nA leaked draft');
    assert.equal(a4.line, '5');
  });

  it('defuses formula-looking cells but leaves numbers alone', () => {
    const a2 = rows.find((r) => r.author === 'marc.weber')!;
    assert.equal(a2.note, "'-5% was the Q4 figure; =SUM(A1:A3) is text here");
    const a1 = rows.find((r) => r.status === 'needs-source')!;
    assert.equal(a1.tags, 'politics; =cmd|calc');
    for (const row of rows) {
      for (const column of CSV_COLUMNS) assert.doesNotMatch(row[column], /^[=+@\t\r]/, `${column} of ${row.text}`);
    }
  });

  it('leaves offsets of orphaned annotations empty and keeps their saved quote', () => {
    const orphan = rows.find((r) => r.text === ORPHAN_QUOTE)!;
    assert.deepEqual([orphan.start, orphan.end, orphan.line], ['', '', '']);
  });

  it('keeps a cell that is a plain negative number as a number', () => {
    const withNegative = { ...input, annotations: [], analysis: { clusters: [], entities: [{ start: 0, end: 2, type: 'FIGURE' as const, subtype: 'PERCENT' as const, text: '-3' }] } };
    const [row] = readBack(exportCsv({ ...withNegative, text: '-3 points' }));
    assert.equal(row.text, '-3');
  });
});
