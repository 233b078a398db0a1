// `newsmark export FILE --format F [--out PATH]`: an article's entities and reviewers' annotations in one of the export formats.
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { EXPORT_FORMATS, exportFormat } from '../core/export/exportFormats';
import type { ExportAnnotation, ExportInput } from '../core/export/exportInput';
import { SIDECAR_SUFFIX } from '../core/sidecar/Sidecar';
import { textHash } from '../core/sidecar/textHash';
import { analyzeArticle, loadGazetteer, placeAnnotations } from './articleContext';
import type { CliIo } from './io';
import { EXIT_USAGE, parseCommandArgs } from './parseCommandArgs';
import { readArticle } from './readArticle';
import { formatSidecarError, readSidecarFile, sidecarPathFor, writeFileAtomic } from './sidecarFiles';

const COMMAND = 'newsmark export';
const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id).join('|');

export const HELP = `Usage: newsmark export FILE --format ${FORMAT_IDS} [--out PATH]

Exports the entities found in FILE and the annotations in its sidecar (FILE's name with
${SIDECAR_SUFFIX} in place of .txt), with reviewers' corrections applied.
${EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(9)} ${f.extension.padEnd(8)} ${f.description}`).join('\n')}
  --out PATH   write to PATH (creating its folder) instead of standard output; brat also writes the unchanged
               article beside it as PATH with .txt (never over the article itself)
Offsets are UTF-16 string offsets except in w3c and brat, which count code points.
`;

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(COMMAND, args, { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } }, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) {
    io.stderr(`${COMMAND}: expected exactly one FILE (see --help)\n`);
    return EXIT_USAGE;
  }
  const format = exportFormat(parsed.values.format ?? '');
  if (!format) {
    io.stderr(parsed.values.format ? `${COMMAND}: unknown --format "${parsed.values.format}" (${FORMAT_IDS})\n` : `${COMMAND}: --format is required (${FORMAT_IDS})\n`);
    return EXIT_USAGE;
  }
  const articlePath = path.resolve(io.cwd, file);
  const text = readArticle(articlePath, file, io);
  if (text === null) return 1;

  let annotations: ExportAnnotation[] = [];
  const sidecar = readSidecarFile(sidecarPathFor(articlePath));
  if (sidecar.state === 'broken') {
    // An export without the review would look complete and be wrong, so refuse rather than skip.
    io.stderr(`${formatSidecarError(path.relative(io.cwd, sidecar.path) || sidecar.path, sidecar.error)} (nothing exported)\n`);
    return 1;
  }
  if (sidecar.state === 'ok') annotations = placeAnnotations(text, sidecar.parsed.sidecar.annotations);
  const analysis = analyzeArticle(text, annotations, loadGazetteer(articlePath, io));
  for (const warning of analysis.warnings) io.stderr(`${file}: ${warning}\n`);
  const input: ExportInput = {
    articleName: path.basename(articlePath),
    text,
    analysis: { entities: analysis.entities, clusters: analysis.clusters },
    annotations,
    textHash: textHash(text),
    articleUri: pathToFileURL(articlePath).href,
  };
  const rendered = format.render(input);

  const out = parsed.values.out;
  if (!out) {
    io.stdout(rendered);
    return 0;
  }
  const target = path.resolve(io.cwd, out);
  try {
    if (target === articlePath) {
      io.stderr(`${out}: refusing to overwrite the article with its own export\n`);
      return 1;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, rendered);
    for (const companion of format.companions) {
      const companionPath = target.replace(/\.[^./\\]+$/, '') + companion.extension;
      if (companionPath === articlePath) continue; // the article already is its own companion
      writeFileAtomic(companionPath, companion.render(input));
    }
  } catch (err) {
    io.stderr(`${out}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    return 1;
  }
  return 0;
}
