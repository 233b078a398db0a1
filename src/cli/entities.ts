// `newsmark entities FILE`: what the engine finds in an article, as JSON or TSV, with the sidecar's corrections applied.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { analyzeText } from '../core/engine';
import { parseGazetteer } from '../core/gazetteer/parseGazetteer';
import type { Annotation, Entity } from '../core/model';
import { parseSidecar } from '../core/sidecar/parseSidecar';
import { reanchorAll } from '../core/anchor/reanchorAll';
import type { CliIo } from './io';
import { readArticle } from './readArticle';
import { sidecarPathFor } from './sidecarFiles';

export const HELP = `Usage: newsmark entities FILE [--format json|tsv] [--no-corrections]

Prints the people, places, organisations and figures found in FILE.
  --format json   (default) a JSON array of {start, end, type, text, subtype?, value?, canonical?, role?, counts?}
  --format tsv    one entity per line: start, end, type, subtype, text, canonical, role
  --no-corrections  ignore reviewers' corrections in FILE's sidecar and the workspace gazetteer
start/end are JavaScript (UTF-16) string offsets into the file's text.
`;

const GAZETTEER_RELATIVE = path.join('.newsmark', 'gazetteer.yaml');

/** Looks upwards from the article for the newsroom gazetteer, as the editor does from the workspace root. */
function findGazetteer(fromDir: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, GAZETTEER_RELATIVE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function tsvCell(s: string | undefined): string {
  return (s ?? '').replace(/[\t\r\n]+/g, ' ');
}

export function toJsonEntity(e: Entity): Record<string, unknown> {
  const out: Record<string, unknown> = { start: e.start, end: e.end, type: e.type, text: e.text };
  for (const key of ['subtype', 'value', 'canonical', 'role', 'counts', 'country', 'lat', 'lon', 'source'] as const) {
    if (e[key] !== undefined) out[key] = e[key];
  }
  return out;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' }, 'no-corrections': { type: 'boolean' } } });
  } catch (err) {
    io.stderr(`newsmark entities: ${(err as Error).message}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(HELP);
    return 0;
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    io.stderr('newsmark entities: expected exactly one FILE (see --help)\n');
    return 2;
  }
  const format = parsed.values.format;
  if (format !== 'json' && format !== 'tsv') {
    io.stderr(`newsmark entities: unknown --format "${format}" (json or tsv)\n`);
    return 2;
  }
  const article = readArticle(path.resolve(io.cwd, file), file, io);
  if (article === null) return 1;

  let corrections: Annotation[] = [];
  let gazetteer: ReturnType<typeof parseGazetteer> | null = null;
  if (!parsed.values['no-corrections']) {
    const sidecarPath = sidecarPathFor(path.resolve(io.cwd, file));
    if (fs.existsSync(sidecarPath)) {
      const result = parseSidecar(fs.readFileSync(sidecarPath, 'utf8'));
      if (!result.ok) {
        io.stderr(`${sidecarPath}:${result.error.line}:${result.error.column}: ${result.error.message} (corrections ignored)\n`);
      } else {
        corrections = reanchorAll(article, result.sidecar.annotations).anchored.map(({ annotation, start, end }) => ({ ...annotation, anchor: { ...annotation.anchor, start, end } }));
      }
    }
    const gazPath = findGazetteer(path.dirname(path.resolve(io.cwd, file)));
    if (gazPath) {
      gazetteer = parseGazetteer(fs.readFileSync(gazPath, 'utf8'));
      if (!gazetteer.ok) io.stderr(`${gazPath}:${gazetteer.error.line}:${gazetteer.error.column}: ${gazetteer.error.message} (gazetteer ignored)\n`);
    }
  }
  const analysis = analyzeText(article, { corrections, gazetteer: gazetteer?.ok ? gazetteer.entries : undefined });
  if (format === 'json') {
    io.stdout(JSON.stringify(analysis.entities.map(toJsonEntity), null, 2) + '\n');
  } else {
    io.stdout('start\tend\ttype\tsubtype\ttext\tcanonical\trole\n');
    for (const e of analysis.entities) io.stdout([e.start, e.end, e.type, e.subtype ?? '', tsvCell(e.text), tsvCell(e.canonical), tsvCell(e.role)].join('\t') + '\n');
  }
  return 0;
}
