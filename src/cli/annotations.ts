// `newsmark annotations FILE`: the sidecar's annotations placed on the article's current text, orphans included.
import * as path from 'path';
import { reanchorAll } from '../core/anchor/reanchorAll';
import type { Annotation } from '../core/model';
import type { CliIo } from './io';
import { EXIT_USAGE, parseCommandArgs } from './parseCommandArgs';
import { readArticle } from './readArticle';
import { formatSidecarError, readSidecarFile, sidecarPathFor } from './sidecarFiles';

export const HELP = `Usage: newsmark annotations FILE [--format table|json]

Lists the annotations in FILE's sidecar, each found again on FILE's current text.
  --format table  (default) one line each: where, status, kind, quote, note, flags
  --format json   an array of objects: every stored field except anchor, plus
                  start, end   UTF-16 offsets of the words now (null for an orphan)
                  quote        the words now; an orphan keeps its stored quote
                  orphaned     true when the words were not found (the annotation is kept)
                  exact        false when the words differ from the stored quote (storedQuote then says what was reviewed)
Annotations come in document order, orphans last.
`;

const COMMAND = 'newsmark annotations';
/** Widest quote and note shown in the table; JSON always has the full text. */
const TABLE_QUOTE_WIDTH = 40;
const TABLE_NOTE_WIDTH = 50;

export interface AnnotationRow {
  id: string;
  start: number | null;
  end: number | null;
  quote: string;
  orphaned: boolean;
  exact: boolean;
  storedQuote?: string;
  [field: string]: unknown;
}

function fieldsOf(a: Annotation): Record<string, unknown> {
  const { anchor: _anchor, ...rest } = a;
  return rest;
}

/** Rows for every annotation on `text`, in document order with orphans last. */
export function annotationRows(text: string, annotations: readonly Annotation[]): AnnotationRow[] {
  const { anchored, orphans } = reanchorAll(text, annotations);
  const rows: AnnotationRow[] = anchored.map((a) => {
    const row: AnnotationRow = { ...fieldsOf(a.annotation), id: a.annotation.id, start: a.start, end: a.end, quote: text.slice(a.start, a.end), orphaned: false, exact: a.exact };
    if (!a.exact) row.storedQuote = a.annotation.anchor.quote;
    return row;
  });
  for (const o of orphans) rows.push({ ...fieldsOf(o), id: o.id, start: null, end: null, quote: o.anchor.quote, orphaned: true, exact: false });
  return rows;
}

function oneLine(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
}

function table(rows: AnnotationRow[]): string {
  const header = ['ID', 'WHERE', 'STATUS', 'KIND', 'QUOTE', 'NOTE', 'FLAGS'];
  const body = rows.map((r) => [
    r.id,
    r.orphaned ? '-' : `${r.start}-${r.end}`,
    String(r.status ?? ''),
    r.entityType ? `${r.kind}:${r.entityType}` : r.aliasOf ? `alias→${r.aliasOf}` : String(r.kind),
    `"${oneLine(r.quote, TABLE_QUOTE_WIDTH)}"`,
    oneLine(String(r.note ?? ''), TABLE_NOTE_WIDTH),
    [r.orphaned ? 'ORPHANED' : '', !r.orphaned && !r.exact ? `CHANGED (was "${oneLine(r.storedQuote ?? '', TABLE_QUOTE_WIDTH)}")` : '', r.resolved ? 'resolved' : ''].filter(Boolean).join(' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  return [header, ...body].map((cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(COMMAND, args, { format: { type: 'string', default: 'table' } }, HELP, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length !== 1) {
    io.stderr(`${COMMAND}: expected exactly one FILE (see --help)\n`);
    return EXIT_USAGE;
  }
  const format = parsed.values.format;
  if (format !== 'table' && format !== 'json') {
    io.stderr(`${COMMAND}: unknown --format "${format}" (table or json)\n`);
    return EXIT_USAGE;
  }
  const file = parsed.positionals[0];
  const articlePath = path.resolve(io.cwd, file);
  const text = readArticle(articlePath, file, io);
  if (text === null) return 1;
  const sidecarPath = sidecarPathFor(articlePath);
  const read = readSidecarFile(sidecarPath);
  if (read.state === 'broken') {
    io.stderr(`${formatSidecarError(path.relative(io.cwd, sidecarPath) || sidecarPath, read.error)}\n`);
    return 1;
  }
  const rows = read.state === 'ok' ? annotationRows(text, read.parsed.sidecar.annotations) : [];
  if (format === 'json') io.stdout(JSON.stringify(rows, null, 2) + '\n');
  else if (rows.length === 0) io.stdout(`${file}: no annotations\n`);
  else io.stdout(table(rows));
  return 0;
}
