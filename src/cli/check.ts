// `newsmark check FILE`: validates an article's sidecar for people and CI, with a one-line verdict.
import * as fs from 'fs';
import * as path from 'path';
import { reanchorAll } from '../core/anchor/reanchorAll';
import { lineCounter } from '../core/export/lineCounter';
import type { Annotation } from '../core/model';
import type { Sidecar } from '../core/sidecar/Sidecar';
import { textHash } from '../core/sidecar/textHash';
import { unverifiedClaims } from '../core/review/unverifiedClaims';
import { analyzeArticle, loadGazetteer, placeAnnotations } from './articleContext';
import type { CliIo } from './io';
import { EXIT_USAGE, parseCommandArgs } from './parseCommandArgs';
import { readArticle } from './readArticle';
import { articlePathForSidecar, formatSidecarError, isSidecarPath, readSidecarFile, sidecarPathFor } from './sidecarFiles';

export const HELP = `Usage: newsmark check FILE [--require WHAT]...

Validates the sidecar of FILE (FILE may be the article NAME.txt or the sidecar NAME.annotations.yaml).
Exit 0 with a one-line summary (annotations, orphans) when it is valid;
exit 1 with FILE:LINE:COL: message when it is not. An article without a sidecar has nothing to check (exit 0).
  --require WHAT   a review gate that must also hold (see below); repeatable
`;

const COMMAND = 'newsmark check';

/** What a gate sees: the valid sidecar, and which annotations are orphans on the current text (empty when there is no article). */
export interface CheckContext {
  sidecar: Sidecar;
  orphans: Annotation[];
  sidecarShown: string;
  /** The article's current text, when the article was found. */
  text?: string;
  articlePath?: string;
  io: CliIo;
}

/** Shown per item so an editor can find each unverified figure or claim. */
const ITEM_QUOTE_CHARS = 60;

/** `--require verified`: every figure and every annotated claim must be verified before publication. */
function requireVerified(ctx: CheckContext): string | null {
  if (ctx.text === undefined || !ctx.articlePath) return 'the article was not found, so its figures cannot be checked';
  const text = ctx.text;
  const placed = placeAnnotations(text, ctx.sidecar.annotations);
  const analysis = analyzeArticle(text, placed, loadGazetteer(ctx.articlePath, ctx.io));
  const open = unverifiedClaims(analysis, placed);
  if (!open.length) return null;
  const lineOf = lineCounter(text);
  const lines = open.map((item) => {
    const start = item.kind === 'figure' ? item.entity.start : item.annotation.start;
    const quote = item.kind === 'figure' ? item.entity.text : item.annotation.annotation.anchor.quote;
    const shown = quote.length > ITEM_QUOTE_CHARS ? quote.slice(0, ITEM_QUOTE_CHARS) + '…' : quote;
    const where = item.kind === 'claim' && item.annotation.orphaned ? 'orphaned' : `line ${lineOf(start)}`;
    return `  ${where}: ${item.kind} "${shown.replace(/\s+/g, ' ')}" is ${item.status}`;
  });
  return `${open.length} figure(s) or claim(s) not yet verified\n${lines.join('\n')}`;
}

/**
 * EXTENSION POINT for `--require`: review gates by name. A gate returns null when it holds, or a one-line reason.
 * Another engineer adds `verified` (every annotation verified) here; until a gate exists, asking for it fails loudly
 * (exit 2) rather than passing silently, so a CI job cannot believe it is gated when it is not.
 */
export const REQUIREMENTS: Record<string, (context: CheckContext) => string | null> = {
  verified: requireVerified,
};

export async function run(args: string[], io: CliIo): Promise<number> {
  const gates = Object.keys(REQUIREMENTS);
  const help = HELP + `Known gates: ${gates.length ? gates.join(', ') : 'none yet'}\n`;
  const parsed = parseCommandArgs(COMMAND, args, { require: { type: 'string', multiple: true } }, help, io);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length !== 1) {
    io.stderr(`${COMMAND}: expected exactly one FILE (see --help)\n`);
    return EXIT_USAGE;
  }
  const requirements = parsed.values.require ?? [];
  const unknown = requirements.filter((r) => !Object.prototype.hasOwnProperty.call(REQUIREMENTS, r));
  if (unknown.length) {
    const known = Object.keys(REQUIREMENTS);
    io.stderr(`${COMMAND}: unknown --require "${unknown[0]}" (known: ${known.length ? known.join(', ') : 'none yet'})\n`);
    return EXIT_USAGE;
  }

  const file = parsed.positionals[0];
  const given = path.resolve(io.cwd, file);
  const givenIsSidecar = isSidecarPath(given);
  const sidecarPath = givenIsSidecar ? given : sidecarPathFor(given);
  const articlePath = givenIsSidecar ? articlePathForSidecar(given) : given;
  const sidecarShown = givenIsSidecar ? file : path.relative(io.cwd, sidecarPath) || sidecarPath;

  const read = readSidecarFile(sidecarPath);
  if (read.state === 'broken') {
    io.stderr(`${formatSidecarError(sidecarShown, read.error)}\n`);
    return 1;
  }
  if (read.state === 'missing') {
    if (givenIsSidecar) {
      io.stderr(`${file}: no such file\n`);
      return 1;
    }
    if (!fs.existsSync(given)) {
      io.stderr(`${file}: no such file\n`);
      return 1;
    }
    if (!requirements.length) {
      io.stdout(`${file}: no sidecar (${sidecarShown}); nothing to check\n`);
      return 0;
    }
  }

  // No sidecar yet means no review yet: gates still run, on an empty one.
  const sidecar: Sidecar = read.state === 'ok' ? read.parsed.sidecar : { version: 1, article: path.basename(given), annotations: [] };
  const notes: string[] = read.state === 'ok' ? [...read.parsed.warnings] : ['no sidecar yet'];
  let orphans: Annotation[] = [];
  let text: string | undefined;
  if (articlePath && fs.existsSync(articlePath)) {
    const articleShown = path.relative(io.cwd, articlePath) || articlePath;
    const articleText = readArticle(articlePath, articleShown, io);
    if (articleText === null) return 1;
    text = articleText;
    orphans = reanchorAll(text, sidecar.annotations).orphans;
    if (sidecar.textHash && sidecar.textHash !== textHash(text)) notes.push('the article changed since the review was saved');
  } else {
    notes.push('article not found, anchors not checked');
  }

  // EXTENSION POINT: gates run here, after the sidecar is known to be valid.
  for (const name of requirements) {
    const failure = REQUIREMENTS[name]({ sidecar, orphans, sidecarShown, text, articlePath: articlePath ?? undefined, io });
    if (failure !== null) {
      io.stderr(`${sidecarShown}: --require ${name}: ${failure}\n`);
      return 1;
    }
  }

  const n = sidecar.annotations.length;
  const summary = `${sidecarShown}: ok — ${n} annotation${n === 1 ? '' : 's'}, ${orphans.length} orphaned`;
  io.stdout(`${summary}${notes.length ? ` (${notes.join('; ')})` : ''}\n`);
  return 0;
}
