// What every CLI command needs to see an article as the editor does: its annotations placed, the gazetteer, the analysis.
import * as fs from 'fs';
import * as path from 'path';
import { reanchorAll } from '../core/anchor/reanchorAll';
import { analyzeText, type EngineAnalysis, type GazetteerEntry } from '../core/engine';
import type { ExportAnnotation } from '../core/export/exportInput';
import { parseGazetteer } from '../core/gazetteer/parseGazetteer';
import type { Annotation } from '../core/model';
import type { CliIo } from './io';

const GAZETTEER_RELATIVE = path.join('.newsmark', 'gazetteer.yaml');

/** Looks upwards from the article for the newsroom gazetteer, as the editor finds it at the workspace root. */
export function findGazetteer(fromDir: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = path.join(dir, GAZETTEER_RELATIVE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The gazetteer's entries for an article; a broken gazetteer is reported on stderr and ignored. */
export function loadGazetteer(articlePath: string, io: CliIo): GazetteerEntry[] {
  const gazPath = findGazetteer(path.dirname(articlePath));
  if (!gazPath) return [];
  const parsed = parseGazetteer(fs.readFileSync(gazPath, 'utf8'));
  const shown = path.relative(io.cwd, gazPath) || gazPath;
  if (!parsed.ok) {
    io.stderr(`${shown}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message} (gazetteer ignored)\n`);
    return [];
  }
  for (const w of parsed.warnings) io.stderr(`${shown}: ${w}\n`);
  return parsed.entries;
}

/** Every annotation placed on the current text, orphans kept with their stored offsets. */
export function placeAnnotations(text: string, annotations: readonly Annotation[]): ExportAnnotation[] {
  const placed = reanchorAll(text, annotations);
  return [
    ...placed.anchored.map(({ annotation, start, end }) => ({ annotation, start, end, orphaned: false })),
    ...placed.orphans.map((annotation) => ({ annotation, start: annotation.anchor.start, end: annotation.anchor.end, orphaned: true })),
  ];
}

/** The analysis with reviewers' corrections and the gazetteer applied, as the editor shows it. */
export function analyzeArticle(text: string, placed: readonly ExportAnnotation[], gazetteer: GazetteerEntry[]): EngineAnalysis {
  const corrections = placed.filter((a) => !a.orphaned).map(({ annotation, start, end }) => ({ ...annotation, anchor: { ...annotation.anchor, start, end } }));
  return analyzeText(text, { corrections, gazetteer });
}
