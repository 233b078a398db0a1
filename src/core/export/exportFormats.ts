// The table of export formats that the command palette's quick pick and the CLI's --format both offer.
import type { ExportInput } from './exportInput';
import { exportBrat } from './exportBrat';
import { exportConll } from './exportConll';
import { exportCsv } from './exportCsv';
import { exportHtml } from './exportHtml';
import { exportJson } from './exportJson';
import { exportMarkdown } from './exportMarkdown';
import { exportW3c } from './exportW3c';

export type ExportFormatId = 'csv' | 'json' | 'w3c' | 'brat' | 'conll' | 'markdown' | 'html';

/** A second file some formats need beside the main one (brat reads its `.ann` against a `.txt`). */
export interface ExportCompanion {
  extension: string;
  description: string;
  render(input: ExportInput): string;
}

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** Including the dot: ".csv". */
  extension: string;
  description: string;
  render(input: ExportInput): string;
  companions: ExportCompanion[];
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'csv', label: 'CSV spreadsheet', extension: '.csv', description: 'One row per entity mention and per annotation (RFC 4180, formula-safe).', render: exportCsv, companions: [] },
  { id: 'json', label: 'Newsmark JSON', extension: '.json', description: 'Entities, clusters and annotations in the newsmark/export@1 schema.', render: exportJson, companions: [] },
  { id: 'w3c', label: 'W3C Web Annotation (JSON-LD)', extension: '.jsonld', description: 'An AnnotationCollection with text quote and position selectors.', render: exportW3c, companions: [] },
  {
    id: 'brat',
    label: 'brat standoff',
    extension: '.ann',
    description: 'Text-bound annotations with statuses and notes, plus the unchanged .txt they index.',
    render: exportBrat,
    companions: [{ extension: '.txt', description: 'The article text, unchanged, that the .ann offsets refer to.', render: (input) => input.text }],
  },
  { id: 'conll', label: 'CoNLL (IOB2)', extension: '.conll', description: 'token<TAB>tag per line, IOB2 tags PER/LOC/ORG/MISC, sentences separated by blank lines.', render: exportConll, companions: [] },
  { id: 'markdown', label: 'Fact-check sheet (Markdown)', extension: '.md', description: 'Every figure and annotated claim with its sentence, status and note.', render: exportMarkdown, companions: [] },
  { id: 'html', label: 'HTML report', extension: '.html', description: 'A self-contained page with the highlighted article and its annotations.', render: exportHtml, companions: [] },
];

/** The format with this id, or null. */
export function exportFormat(id: string): ExportFormat | null {
  return EXPORT_FORMATS.find((f) => f.id === id) ?? null;
}
