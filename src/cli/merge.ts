// `newsmark merge BASE OURS THEIRS [PATH]`: git's merge driver for sidecars; merges annotation by annotation and writes OURS.
import * as fs from 'fs';
import * as path from 'path';
import { MERGE_CONFLICT_TAG, mergeSidecars } from '../core/merge/mergeSidecars';
import type { Sidecar } from '../core/sidecar/Sidecar';
import { parseSidecar } from '../core/sidecar/parseSidecar';
import { serializeSidecar } from '../core/sidecar/serializeSidecar';
import type { CliIo } from './io';
import { parseCommandArgs } from './parseCommandArgs';
import { writeFileAtomic } from './sidecarFiles';

export const HELP = `Usage: newsmark merge BASE OURS THEIRS [PATH]

Three-way merge of annotation sidecars, annotation by annotation, for use as a git merge
driver (see docs/merge-driver.md):
  [merge "newsmark"]
      driver = newsmark merge %O %A %B %P
The result is written to OURS. Exit status: 0 merged cleanly; 1 real conflicts remain
(ours kept, each listed on stderr and tagged "${MERGE_CONFLICT_TAG}" in the file with theirs
in a reply); 2 a file could not be read or parsed (OURS left untouched).
PATH is only used to name the file in messages.
`;

/** Exit status when the merge needs a person. */
const EXIT_CONFLICTS = 1;
/** Exit status when the merge could not be attempted. */
const EXIT_UNUSABLE = 2;
const BYTE_ORDER_MARK = 0xfeff;

type Loaded = { ok: true; sidecar: Sidecar | null; doc?: Parameters<typeof serializeSidecar>[1] } | { ok: false };

function load(file: string, shown: string, role: string, io: CliIo, allowEmpty: boolean): Loaded {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    io.stderr(`newsmark merge: ${shown} (${role}): cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    return { ok: false };
  }
  // A byte-order mark some Windows editors add is not part of the YAML.
  if (raw.charCodeAt(0) === BYTE_ORDER_MARK) raw = raw.slice(1);
  // Git passes an empty BASE when both branches created the file.
  if (allowEmpty && raw.trim() === '') return { ok: true, sidecar: null };
  const parsed = parseSidecar(raw);
  if (!parsed.ok) {
    io.stderr(`newsmark merge: ${shown} (${role}):${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}\n`);
    return { ok: false };
  }
  if (parsed.readOnly) {
    io.stderr(`newsmark merge: ${shown} (${role}) was written by a newer Newsmark (version ${parsed.sidecar.version}); merge it by hand or update Newsmark\n`);
    return { ok: false };
  }
  return { ok: true, sidecar: parsed.sidecar, doc: parsed.doc };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  // A command line git cannot have meant exits like an unreadable file (EXIT_UNUSABLE, the same 2).
  const parsed = parseCommandArgs('newsmark merge', args, {}, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const [baseArg, oursArg, theirsArg, shownPath, ...extra] = parsed.positionals;
  if (!baseArg || !oursArg || !theirsArg || extra.length > 0) {
    io.stderr('newsmark merge: expected BASE OURS THEIRS [PATH] (see --help)\n');
    return EXIT_UNUSABLE;
  }
  const resolve = (p: string) => path.resolve(io.cwd, p);
  const name = shownPath ?? oursArg;
  const base = load(resolve(baseArg), baseArg, 'base', io, true);
  const ours = load(resolve(oursArg), name, 'ours', io, true);
  const theirs = load(resolve(theirsArg), theirsArg, 'theirs', io, true);
  if (!base.ok || !ours.ok || !theirs.ok) return EXIT_UNUSABLE;

  const empty = (): Sidecar => ({ version: 1, article: '', annotations: [] });
  const { merged, conflicts } = mergeSidecars(base.sidecar, ours.sidecar ?? empty(), theirs.sidecar ?? empty());
  const output = serializeSidecar(merged, ours.doc);
  const target = resolve(oursArg);
  try {
    writeFileAtomic(target, output);
  } catch (err) {
    io.stderr(`newsmark merge: ${name}: cannot write the merged sidecar (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    return EXIT_UNUSABLE;
  }
  if (conflicts.length === 0) return 0;
  io.stderr(
    `newsmark merge: ${name}: ${conflicts.length} conflict(s) need a decision; ours was kept, theirs is in a reply on each annotation tagged "${MERGE_CONFLICT_TAG}":\n` +
      conflicts.map((c) => `  ${c.message}\n`).join('') +
      `Resolve them in the editor (or edit ${name}), then \`git add ${name}\`.\n`,
  );
  return EXIT_CONFLICTS;
}
