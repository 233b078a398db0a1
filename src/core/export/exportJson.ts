// Exports an article's entities, clusters and annotations in Newsmark's own versioned JSON schema (schemas/export.schema.json).
import type { Annotation, Cluster, Entity, Reply } from '../model';
import type { ExportInput } from './exportInput';

/** Readers check this before trusting the shape; bump the number on any breaking change. */
export const JSON_EXPORT_SCHEMA = 'newsmark/export@1';
/** Two-space indentation keeps exports readable in diffs and review tools. */
const JSON_INDENT = 2;

export interface JsonExportAnnotation {
  id: string;
  kind: Annotation['kind'];
  entityType?: Annotation['entityType'];
  aliasOf?: string;
  status: Annotation['status'];
  tags: string[];
  note?: string;
  author: string;
  created: string;
  modified: string;
  resolved?: boolean;
  acceptedBy?: string;
  replies: Reply[];
  /** The words as saved in the sidecar, with their context. */
  quote: string;
  prefix: string;
  suffix: string;
  /** Current UTF-16 offsets, or null when the words could not be found (orphaned). */
  start: number | null;
  end: number | null;
  orphaned: boolean;
}

export interface JsonExport {
  schema: typeof JSON_EXPORT_SCHEMA;
  article: string;
  textHash?: string;
  /** Offsets in this file count UTF-16 code units, as JavaScript strings do. */
  offsetUnit: 'utf16';
  textLength: number;
  entities: Entity[];
  clusters: Cluster[];
  annotations: JsonExportAnnotation[];
}

function toJsonAnnotation(a: Annotation, start: number, end: number, orphaned: boolean): JsonExportAnnotation {
  return {
    id: a.id,
    kind: a.kind,
    ...(a.entityType !== undefined && { entityType: a.entityType }),
    ...(a.aliasOf !== undefined && { aliasOf: a.aliasOf }),
    status: a.status,
    tags: [...a.tags],
    ...(a.note !== undefined && { note: a.note }),
    author: a.author,
    created: a.created,
    modified: a.modified,
    ...(a.resolved !== undefined && { resolved: a.resolved }),
    ...(a.acceptedBy !== undefined && { acceptedBy: a.acceptedBy }),
    replies: a.replies.map((r) => ({ ...r })),
    quote: a.anchor.quote,
    prefix: a.anchor.prefix,
    suffix: a.anchor.suffix,
    start: orphaned ? null : start,
    end: orphaned ? null : end,
    orphaned,
  };
}

/** Builds the export object (useful to callers that post-process it) without serialising. */
export function buildJsonExport(input: ExportInput): JsonExport {
  return {
    schema: JSON_EXPORT_SCHEMA,
    article: input.articleName,
    ...(input.textHash !== undefined && { textHash: input.textHash }),
    offsetUnit: 'utf16',
    textLength: input.text.length,
    entities: input.analysis.entities.map((e) => ({ ...e })),
    clusters: input.analysis.clusters.map((c) => ({ ...c, aliases: [...c.aliases], mentions: [...c.mentions] })),
    annotations: input.annotations.map((x) => toJsonAnnotation(x.annotation, x.start, x.end, x.orphaned)),
  };
}

/** The JSON export as text, ending with a newline. */
export function exportJson(input: ExportInput): string {
  return JSON.stringify(buildJsonExport(input), null, JSON_INDENT) + '\n';
}
