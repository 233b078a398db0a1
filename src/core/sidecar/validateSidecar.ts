// Checks a sidecar's plain data against the format and turns it into typed annotations, pointing at the offending path.
import { ANNOTATION_KINDS, ENTITY_TYPES, REVIEW_STATUSES } from '../model';
import type { Annotation, AnnotationKind, EntityType, Reply, ReviewStatus, TextAnchor } from '../model';
import type { Sidecar } from './Sidecar';

/** A path into the plain data, as keys and sequence indices: `['annotations', 3, 'anchor', 'quote']`. */
export type DataPath = Array<string | number>;

export type SidecarValidation = { ok: true; sidecar: Sidecar } | { ok: false; message: string; path: DataPath };

/** Shape of a valid textHash value. */
const TEXT_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

class Invalid extends Error {
  constructor(
    message: string,
    readonly path: DataPath,
  ) {
    super(message);
  }
}

type Plain = Record<string, unknown>;

function isMap(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function requireMap(value: unknown, what: string, path: DataPath): Plain {
  if (!isMap(value)) throw new Invalid(`${what} must be a mapping, found ${describe(value)}`, path);
  return value;
}

function requiredString(map: Plain, key: string, what: string, path: DataPath, allowEmpty = false): string {
  const value = map[key];
  if (value === undefined || value === null) throw new Invalid(`${what} is missing "${key}"`, path);
  if (typeof value !== 'string') throw new Invalid(`"${key}" must be text, found ${describe(value)}`, [...path, key]);
  if (!allowEmpty && value.trim() === '') throw new Invalid(`"${key}" must not be empty`, [...path, key]);
  return value;
}

function optionalString(map: Plain, key: string, path: DataPath): string | undefined {
  const value = map[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Invalid(`"${key}" must be text, found ${describe(value)}`, [...path, key]);
  return value;
}

function offset(map: Plain, key: string, path: DataPath): number {
  const value = map[key];
  if (value === undefined || value === null) throw new Invalid(`anchor is missing "${key}"`, path);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Invalid(`"${key}" must be a whole number ≥ 0, found ${describe(value)}`, [...path, key]);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], key: string, path: DataPath): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new Invalid(`"${key}" must be one of ${allowed.join(', ')}; found ${describe(value)}`, [...path, key]);
  }
  return value as T;
}

function readAnchor(value: unknown, path: DataPath): TextAnchor {
  const map = requireMap(value, 'anchor', path);
  const quote = requiredString(map, 'quote', 'anchor', path);
  const start = offset(map, 'start', path);
  const end = offset(map, 'end', path);
  if (end < start) throw new Invalid(`anchor "end" (${end}) is before "start" (${start})`, [...path, 'end']);
  return {
    quote,
    prefix: optionalString(map, 'prefix', path) ?? '',
    suffix: optionalString(map, 'suffix', path) ?? '',
    start,
    end,
  };
}

function readReply(value: unknown, path: DataPath): Reply {
  const map = requireMap(value, 'a reply', path);
  return {
    author: requiredString(map, 'author', 'reply', path, true),
    created: requiredString(map, 'created', 'reply', path, true),
    text: requiredString(map, 'text', 'reply', path, true),
  };
}

function readAnnotation(value: unknown, path: DataPath): Annotation {
  const map = requireMap(value, 'an annotation', path);
  const id = requiredString(map, 'id', 'annotation', path);
  if (map.anchor === undefined || map.anchor === null) throw new Invalid(`annotation ${id} is missing "anchor"`, path);
  const anchor = readAnchor(map.anchor, [...path, 'anchor']);
  if (map.kind === undefined) throw new Invalid(`annotation ${id} is missing "kind"`, path);
  const kind: AnnotationKind = oneOf(map.kind, ANNOTATION_KINDS, 'kind', path);
  const entityType: EntityType | undefined =
    map.entityType === undefined || map.entityType === null ? undefined : oneOf(map.entityType, ENTITY_TYPES, 'entityType', path);
  if (kind === 'entity' && entityType === undefined) throw new Invalid(`annotation ${id} is of kind entity but has no "entityType"`, path);
  const aliasOf = optionalString(map, 'aliasOf', path);
  if (kind === 'alias' && (aliasOf === undefined || aliasOf.trim() === '')) {
    throw new Invalid(`annotation ${id} is of kind alias but has no "aliasOf"`, path);
  }
  const status: ReviewStatus =
    map.status === undefined || map.status === null ? 'unverified' : oneOf(map.status, REVIEW_STATUSES, 'status', path);
  const tagsValue = map.tags ?? [];
  if (!Array.isArray(tagsValue)) throw new Invalid(`"tags" must be a list, found ${describe(tagsValue)}`, [...path, 'tags']);
  const tags = tagsValue.map((tag, i) => {
    if (typeof tag !== 'string') throw new Invalid(`tag must be text, found ${describe(tag)}`, [...path, 'tags', i]);
    return tag;
  });
  const repliesValue = map.replies ?? [];
  if (!Array.isArray(repliesValue)) throw new Invalid(`"replies" must be a list, found ${describe(repliesValue)}`, [...path, 'replies']);
  const resolved = map.resolved;
  if (resolved !== undefined && resolved !== null && typeof resolved !== 'boolean') {
    throw new Invalid(`"resolved" must be true or false, found ${describe(resolved)}`, [...path, 'resolved']);
  }
  const annotation: Annotation = {
    id,
    anchor,
    kind,
    status,
    tags,
    author: optionalString(map, 'author', path) ?? '',
    created: optionalString(map, 'created', path) ?? '',
    modified: optionalString(map, 'modified', path) ?? '',
    replies: repliesValue.map((reply, i) => readReply(reply, [...path, 'replies', i])),
  };
  if (entityType !== undefined) annotation.entityType = entityType;
  if (aliasOf !== undefined) annotation.aliasOf = aliasOf;
  const note = optionalString(map, 'note', path);
  if (note !== undefined) annotation.note = note;
  if (typeof resolved === 'boolean') annotation.resolved = resolved;
  const acceptedBy = optionalString(map, 'acceptedBy', path);
  if (acceptedBy !== undefined) annotation.acceptedBy = acceptedBy;
  return annotation;
}

function readSidecar(data: unknown): Sidecar {
  if (data === null || data === undefined) return { version: 1, article: '', annotations: [] };
  const map = requireMap(data, 'the sidecar', []);
  const version = map.version;
  if (version === undefined || version === null) throw new Invalid('the sidecar is missing "version"', []);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Invalid(`"version" must be a whole number ≥ 1, found ${describe(version)}`, ['version']);
  }
  const article = optionalString(map, 'article', []) ?? '';
  const textHash = optionalString(map, 'textHash', []);
  if (textHash !== undefined && !TEXT_HASH_PATTERN.test(textHash)) {
    throw new Invalid(`"textHash" must look like sha256:<64 hex digits>, found ${describe(textHash)}`, ['textHash']);
  }
  const list = map.annotations ?? [];
  if (!Array.isArray(list)) throw new Invalid(`"annotations" must be a list, found ${describe(list)}`, ['annotations']);
  const seen = new Map<string, number>();
  const annotations = list.map((item, i) => {
    const annotation = readAnnotation(item, ['annotations', i]);
    const earlier = seen.get(annotation.id);
    if (earlier !== undefined) {
      throw new Invalid(`duplicate annotation id ${annotation.id} (also annotation #${earlier + 1})`, ['annotations', i, 'id']);
    }
    seen.set(annotation.id, i);
    return annotation;
  });
  const sidecar: Sidecar = { version, article, annotations };
  if (textHash !== undefined) sidecar.textHash = textHash;
  return sidecar;
}

/**
 * Validates plain data (as from `doc.toJS()`) and returns the typed sidecar, or the first problem and its path.
 * Missing optional fields get their defaults (status `unverified`, no tags, no replies); wrong types are refused,
 * not coerced, so nothing a reviewer wrote is silently changed.
 */
export function validateSidecar(data: unknown): SidecarValidation {
  try {
    return { ok: true, sidecar: readSidecar(data) };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, message: err.message, path: err.path };
    throw err;
  }
}
