// `newsmark entities FILE`: what the engine finds in an article, as JSON or TSV, with the sidecar's corrections applied.
import * as path from 'path';
import { analyzeText } from '../core/engine';
import type { Entity } from '../core/model';
import { analyzeArticle, loadGazetteer, placeAnnotations } from './articleContext';
import type { CliIo } from './io';
import { EXIT_USAGE, parseCommandArgs } from './parseCommandArgs';
import { readArticle } from './readArticle';
import { formatSidecarError, readSidecarFile, sidecarPathFor } from './sidecarFiles';

const COMMAND = 'newsmark entities';

export const HELP = `Usage: newsmark entities FILE [--format json|tsv] [--no-corrections]

Prints the people, places, organisations and figures found in FILE.
  --format json   (default) a JSON array of {start, end, type, text, subtype?, value?, canonical?, role?, counts?}
  --format tsv    one entity per line: start, end, type, subtype, text, canonical, role
  --no-corrections  ignore reviewers' corrections in FILE's sidecar and the workspace gazetteer
start/end are JavaScript (UTF-16) string offsets into the file's text.
`;

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
  const parsed = parseCommandArgs(COMMAND, args, { format: { type: 'string', default: 'json' }, 'no-corrections': { type: 'boolean' } }, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    io.stderr(`${COMMAND}: expected exactly one FILE (see --help)\n`);
    return EXIT_USAGE;
  }
  const format = parsed.values.format;
  if (format !== 'json' && format !== 'tsv') {
    io.stderr(`${COMMAND}: unknown --format "${format}" (json or tsv)\n`);
    return EXIT_USAGE;
  }
  const article = readArticle(path.resolve(io.cwd, file), file, io);
  if (article === null) return 1;

  let analysis;
  if (parsed.values['no-corrections']) {
    analysis = analyzeText(article);
  } else {
    const absPath = path.resolve(io.cwd, file);
    const sidecar = readSidecarFile(sidecarPathFor(absPath));
    if (sidecar.state === 'broken') io.stderr(`${formatSidecarError(path.relative(io.cwd, sidecar.path) || sidecar.path, sidecar.error)} (corrections ignored)\n`);
    const placed = sidecar.state === 'ok' ? placeAnnotations(article, sidecar.parsed.sidecar.annotations) : [];
    analysis = analyzeArticle(article, placed, loadGazetteer(absPath, io));
  }
  if (format === 'json') {
    io.stdout(JSON.stringify(analysis.entities.map(toJsonEntity), null, 2) + '\n');
  } else {
    io.stdout('start\tend\ttype\tsubtype\ttext\tcanonical\trole\n');
    for (const e of analysis.entities) io.stdout([e.start, e.end, e.type, e.subtype ?? '', tsvCell(e.text), tsvCell(e.canonical), tsvCell(e.role)].join('\t') + '\n');
  }
  return 0;
}
