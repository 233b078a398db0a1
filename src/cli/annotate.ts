// `newsmark annotate FILE --start S --end E`: adds one reviewer annotation to FILE's sidecar, creating it if needed.
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { anchorFromRange } from '../core/anchor/anchorFromRange';
import { reanchorAll } from '../core/anchor/reanchorAll';
import { newAnnotationId } from '../core/annotations/newAnnotationId';
import { ANNOTATION_KINDS, ENTITY_TYPES, REVIEW_STATUSES } from '../core/model';
import type { Annotation, AnnotationKind, EntityType, ReviewStatus } from '../core/model';
import { serializeSidecar } from '../core/sidecar/serializeSidecar';
import { SIDECAR_VERSION } from '../core/sidecar/Sidecar';
import type { Sidecar } from '../core/sidecar/Sidecar';
import { textHash } from '../core/sidecar/textHash';
import type { CliIo } from './io';
import { EXIT_USAGE, parseCommandArgs } from './parseCommandArgs';
import { readArticle } from './readArticle';
import { formatSidecarError, readSidecarFile, sidecarPathFor, writeFileAtomic } from './sidecarFiles';

export const HELP = `Usage: newsmark annotate FILE --start S --end E [options]

Adds an annotation on the words FILE[S..E) to FILE's sidecar (NAME.annotations.yaml beside NAME.txt),
creating the sidecar if there is none, and prints the new annotation's id.
  --start S, --end E   UTF-16 offsets into FILE's text (as \`newsmark entities\` prints them); E > S
  --type T             PERSON, PLACE, ORG or FIGURE (implies --kind entity)
  --kind K             entity, not-entity, alias or note (default: entity with --type, else note)
  --alias-of NAME      for --kind alias: the canonical name these words refer to
  --status S           unverified (default), verified, disputed or needs-source
  --note TEXT          the reviewer's remark
  --tag T              a tag; repeat for several
  --author NAME        default: $NEWSMARK_REVIEWER, else git config user.name, else the OS user name
A broken or newer-version sidecar is never rewritten: the command stops with its line and column.
`;

/** How long to wait for \`git config\` before falling back to the OS user name. */
const GIT_TIMEOUT_MS = 3000;

const COMMAND = 'newsmark annotate';

/** The reviewer's name: --author, $NEWSMARK_REVIEWER, git config user.name (run in the article's folder), the OS user. */
export function resolveAuthor(flag: string | undefined, io: CliIo, dir: string): string {
  const fromFlag = flag?.trim();
  if (fromFlag) return fromFlag;
  const fromEnv = io.env.NEWSMARK_REVIEWER?.trim();
  if (fromEnv) return fromEnv;
  try {
    const fromGit = execFileSync('git', ['config', 'user.name'], { cwd: dir, timeout: GIT_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    if (fromGit) return fromGit;
  } catch {
    // No git, not a repository, or no name configured: fall through.
  }
  try {
    const fromOs = os.userInfo().username.trim();
    if (fromOs) return fromOs;
  } catch {
    // Some containers have no passwd entry for the user.
  }
  return 'unknown reviewer';
}

function parseOffset(value: string | undefined, name: string): number | string {
  if (value === undefined) return `--${name} is required`;
  if (!/^\d+$/.test(value)) return `--${name} must be a whole number ≥ 0, not "${value}"`;
  return Number(value);
}

/** ISO-8601 to the second, as the sidecar format shows it. */
function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const options = {
    start: { type: 'string' },
    end: { type: 'string' },
    type: { type: 'string' },
    kind: { type: 'string' },
    'alias-of': { type: 'string' },
    status: { type: 'string' },
    note: { type: 'string' },
    tag: { type: 'string', multiple: true },
    author: { type: 'string' },
  } as const;
  const parsed = parseCommandArgs(COMMAND, args, options, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const usage = (message: string): number => {
    io.stderr(`${COMMAND}: ${message} (see --help)\n`);
    return EXIT_USAGE;
  };
  if (parsed.positionals.length !== 1) return usage('expected exactly one FILE');
  const file = parsed.positionals[0];
  const start = parseOffset(v.start, 'start');
  if (typeof start === 'string') return usage(start);
  const end = parseOffset(v.end, 'end');
  if (typeof end === 'string') return usage(end);
  if (end <= start) return usage(`--end (${end}) must be greater than --start (${start})`);
  if (v.type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(v.type)) {
    return usage(`--type must be one of ${ENTITY_TYPES.join(', ')}, not "${v.type}"`);
  }
  const kind = (v.kind ?? (v.type ? 'entity' : 'note')) as AnnotationKind;
  if (!(ANNOTATION_KINDS as readonly string[]).includes(kind)) return usage(`--kind must be one of ${ANNOTATION_KINDS.join(', ')}, not "${kind}"`);
  if (kind === 'entity' && !v.type) return usage('--kind entity needs --type');
  if (kind === 'alias' && !v['alias-of']?.trim()) return usage('--kind alias needs --alias-of NAME');
  const status = (v.status ?? 'unverified') as ReviewStatus;
  if (!(REVIEW_STATUSES as readonly string[]).includes(status)) return usage(`--status must be one of ${REVIEW_STATUSES.join(', ')}, not "${status}"`);

  const articlePath = path.resolve(io.cwd, file);
  const text = readArticle(articlePath, file, io);
  if (text === null) return 1;
  if (end > text.length) {
    io.stderr(`${file}: --end ${end} is past the end of the text (${text.length} characters)\n`);
    return 1;
  }
  if (isLowSurrogate(text.charCodeAt(start)) || isLowSurrogate(text.charCodeAt(end))) {
    io.stderr(`${file}: offsets ${start}..${end} split a character in two (an emoji or other astral character); use UTF-16 offsets of whole characters\n`);
    return 1;
  }
  if (text.slice(start, end).trim() === '') {
    io.stderr(`${file}: characters ${start}..${end} are only whitespace; annotate words\n`);
    return 1;
  }

  const sidecarPath = sidecarPathFor(articlePath);
  const shownSidecar = path.relative(io.cwd, sidecarPath) || sidecarPath;
  const read = readSidecarFile(sidecarPath);
  if (read.state === 'broken') {
    io.stderr(`${formatSidecarError(shownSidecar, read.error)} (not rewritten; fix it first)\n`);
    return 1;
  }
  if (read.state === 'ok' && read.parsed.readOnly) {
    io.stderr(`${shownSidecar}: ${read.parsed.warnings[0]}\n`);
    return 1;
  }

  const hash = textHash(text);
  let sidecar: Sidecar;
  if (read.state === 'ok') {
    sidecar = { ...read.parsed.sidecar, annotations: [...read.parsed.sidecar.annotations] };
    if (sidecar.textHash !== hash) {
      // The text changed since the anchors were saved; refresh them so the new hash tells the truth.
      // Exact matches get a fresh anchor, fuzzy ones new offsets only (their old words stay visible), orphans nothing.
      const { anchored } = reanchorAll(text, sidecar.annotations);
      const refreshed = new Map(anchored.map((a) => [a.annotation.id, a.exact ? anchorFromRange(text, a) : { ...a.annotation.anchor, start: a.start, end: a.end }]));
      sidecar.annotations = sidecar.annotations.map((a) => (refreshed.has(a.id) ? { ...a, anchor: refreshed.get(a.id)! } : a));
    }
  } else {
    sidecar = { version: SIDECAR_VERSION, article: path.basename(articlePath), annotations: [] };
  }
  sidecar.textHash = hash;
  if (!sidecar.article) sidecar.article = path.basename(articlePath);

  const taken = new Set(sidecar.annotations.map((a) => a.id));
  const now = nowIso();
  const annotation: Annotation = {
    id: newAnnotationId(Math.random, (id) => taken.has(id)),
    anchor: anchorFromRange(text, { start, end }),
    kind,
    status,
    tags: v.tag ?? [],
    author: resolveAuthor(v.author, io, path.dirname(articlePath)),
    created: now,
    modified: now,
    replies: [],
  };
  if (kind === 'entity' || (v.type && kind !== 'alias')) annotation.entityType = v.type as EntityType;
  if (kind === 'alias') annotation.aliasOf = v['alias-of']!.trim();
  if (v.note !== undefined) annotation.note = v.note;
  sidecar.annotations.push(annotation);

  const out = serializeSidecar(sidecar, read.state === 'ok' ? read.parsed.doc : undefined);
  try {
    writeFileAtomic(sidecarPath, out);
  } catch (err) {
    io.stderr(`${shownSidecar}: could not write: ${(err as Error).message}\n`);
    return 1;
  }
  io.stdout(`${annotation.id}\n`);
  return 0;
}
