// Writes a sidecar back to YAML, editing the previous document in place so reviewers' comments and unknown fields survive.
import { Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Annotation, Reply, TextAnchor } from '../model';
import type { Sidecar } from './Sidecar';
import { sourceText } from './sourceText';

/** Key order for new keys, so every file Newsmark writes reads alike and diffs stay small. */
const TOP_KEYS = ['version', 'article', 'textHash', 'annotations'] as const;
const ANNOTATION_KEYS = [
  'id',
  'anchor',
  'kind',
  'entityType',
  'aliasOf',
  'status',
  'tags',
  'note',
  'author',
  'created',
  'modified',
  'resolved',
  'replies',
  'acceptedBy',
] as const;
const ANCHOR_KEYS = ['quote', 'prefix', 'suffix', 'start', 'end'] as const;
const REPLY_KEYS = ['author', 'created', 'text'] as const;

/** Output options: no line folding (one value per line keeps diffs readable) and `[a, b]` flow lists. */
const TO_STRING_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** Characters that a plain or block YAML scalar would reflow or hide; such strings are written double-quoted on one line. */
const NEEDS_DOUBLE_QUOTES = /[\n\r\t\u2028\u2029]|^\s|\s$/;

function header(article: string): string {
  const name = article === '' ? 'this article' : article;
  return ` Newsmark review of ${name}. Comments and unknown fields are kept on rewrite.`;
}

function scalarFor(doc: Document, value: string | number | boolean): Scalar {
  const node = doc.createNode(value) as Scalar;
  if (typeof value === 'string' && NEEDS_DOUBLE_QUOTES.test(value)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Sets `key` to a scalar in `map`, keeping the existing node (its style and comments) when possible and new keys in canonical order. */
function setScalar(doc: Document, map: YAMLMap, key: string, value: string | number | boolean | undefined, order: readonly string[]): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  const existing = map.get(key, true);
  if (isScalar(existing)) {
    if (existing.value !== value) {
      existing.value = value;
      if (typeof value === 'string' && NEEDS_DOUBLE_QUOTES.test(value)) existing.type = Scalar.QUOTE_DOUBLE;
    }
    return;
  }
  setNode(map, key, scalarFor(doc, value), order);
}

/** Puts a node under `key`, replacing an existing pair in place or inserting before the first later canonical key. */
function setNode(map: YAMLMap, key: string, node: unknown, order: readonly string[]): void {
  const index = map.items.findIndex((pair) => keyOf(pair) === key);
  if (index >= 0) {
    map.items[index].value = node;
    return;
  }
  const rank = order.indexOf(key);
  const before = map.items.findIndex((pair) => {
    const other = order.indexOf(keyOf(pair) as never);
    return other > rank;
  });
  const pair = new Pair(new Scalar(key), node);
  if (before < 0) map.items.push(pair);
  else map.items.splice(before, 0, pair);
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function ensureMap(doc: Document, parent: YAMLMap, key: string, order: readonly string[]): YAMLMap {
  const existing = parent.get(key, true);
  if (isMap(existing)) return existing;
  const map = new YAMLMap();
  setNode(parent, key, map, order);
  return map;
}

function writeAnchor(doc: Document, map: YAMLMap, anchor: TextAnchor, isNew: boolean): void {
  for (const key of ANCHOR_KEYS) {
    // An absent prefix or suffix reads as empty; do not add one to a block that left it out.
    if (!isNew && (key === 'prefix' || key === 'suffix') && !map.has(key) && anchor[key] === '') continue;
    setScalar(doc, map, key, anchor[key], ANCHOR_KEYS);
  }
}

function writeReply(doc: Document, map: YAMLMap, reply: Reply): void {
  for (const key of REPLY_KEYS) setScalar(doc, map, key, reply[key], REPLY_KEYS);
}

function writeTags(doc: Document, map: YAMLMap, tags: string[]): void {
  const existing = map.get('tags', true);
  if (existing !== undefined && sameValue(isSeq(existing) ? existing.toJSON() : undefined, tags)) return;
  if (existing === undefined && tags.length === 0) return;
  const seq = doc.createNode(tags) as YAMLSeq;
  seq.flow = true;
  if (isSeq(existing)) {
    seq.flow = existing.flow;
    seq.commentBefore = existing.commentBefore;
    seq.comment = existing.comment;
  }
  for (const item of seq.items) {
    if (isScalar(item) && typeof item.value === 'string' && NEEDS_DOUBLE_QUOTES.test(item.value)) item.type = Scalar.QUOTE_DOUBLE;
  }
  setNode(map, 'tags', seq, ANNOTATION_KEYS);
}

function writeReplies(doc: Document, map: YAMLMap, replies: Reply[]): void {
  const existing = map.get('replies', true);
  if (existing === undefined && replies.length === 0) return;
  let seq: YAMLSeq;
  if (isSeq(existing)) {
    seq = existing;
  } else {
    seq = new YAMLSeq();
    setNode(map, 'replies', seq, ANNOTATION_KEYS);
  }
  // Replies have no id; they are only ever appended or edited in place, so position identifies them.
  seq.items.length = Math.min(seq.items.length, replies.length);
  replies.forEach((reply, i) => {
    let item = seq.items[i];
    if (!isMap(item)) {
      item = new YAMLMap();
      seq.items[i] = item;
    }
    writeReply(doc, item as YAMLMap, reply);
  });
}

/** Values the parser fills in when a key is absent; writing them into an existing block would be a change nobody made. */
const IMPLIED_DEFAULTS: Partial<Record<(typeof ANNOTATION_KEYS)[number], string>> = {
  status: 'unverified',
  author: '',
  created: '',
  modified: '',
};

function writeAnnotation(doc: Document, map: YAMLMap, a: Annotation, isNew: boolean): void {
  const setUnlessImplied = (key: 'status' | 'author' | 'created' | 'modified'): void => {
    if (!isNew && !map.has(key) && a[key] === IMPLIED_DEFAULTS[key]) return;
    setScalar(doc, map, key, a[key], ANNOTATION_KEYS);
  };
  setScalar(doc, map, 'id', a.id, ANNOTATION_KEYS);
  writeAnchor(doc, ensureMap(doc, map, 'anchor', ANNOTATION_KEYS), a.anchor, isNew);
  setScalar(doc, map, 'kind', a.kind, ANNOTATION_KEYS);
  setScalar(doc, map, 'entityType', a.entityType, ANNOTATION_KEYS);
  setScalar(doc, map, 'aliasOf', a.aliasOf, ANNOTATION_KEYS);
  setUnlessImplied('status');
  writeTags(doc, map, a.tags);
  setScalar(doc, map, 'note', a.note, ANNOTATION_KEYS);
  setUnlessImplied('author');
  setUnlessImplied('created');
  setUnlessImplied('modified');
  setScalar(doc, map, 'resolved', a.resolved, ANNOTATION_KEYS);
  writeReplies(doc, map, a.replies);
  setScalar(doc, map, 'acceptedBy', a.acceptedBy, ANNOTATION_KEYS);
}

function idOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const id = item.get('id');
  return typeof id === 'string' ? id : undefined;
}

/** Document order: by start, then end, then id, so the file reads like the article and the order never depends on history. */
function byDocumentOrder(a: Annotation, b: Annotation): number {
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * YAML for a sidecar. With `previousDoc` (from parseSidecar) the document is edited on a copy:
 * comments and unknown keys (top level, per annotation, per anchor, per reply) are kept, unchanged values keep
 * their style, and an unchanged sidecar comes back byte-identical (the source text itself when parseSidecar made the doc;
 * after a real change, layout the yaml library does not keep, such as the alignment of end-of-line comments, is normalised).
 * Annotations are written in document order, one block each, keys in a fixed order, no line folding.
 * A removed annotation's leading comment moves to the annotation after it, so no remark vanishes with its neighbour.
 */
export function serializeSidecar(sidecar: Sidecar, previousDoc?: Document): string {
  const doc = previousDoc && isMap(previousDoc.contents) ? previousDoc.clone() : new Document(new YAMLMap());
  if (!previousDoc || !isMap(previousDoc.contents)) {
    doc.commentBefore = previousDoc?.commentBefore ?? header(sidecar.article);
  }
  const root = doc.contents as YAMLMap;
  setScalar(doc, root, 'version', sidecar.version, TOP_KEYS);
  setScalar(doc, root, 'article', sidecar.article, TOP_KEYS);
  setScalar(doc, root, 'textHash', sidecar.textHash, TOP_KEYS);

  const existingSeq = root.get('annotations', true);
  const seq = isSeq(existingSeq) ? existingSeq : new YAMLSeq();
  if (!isSeq(existingSeq)) setNode(root, 'annotations', seq, TOP_KEYS);

  const oldItems = new Map<string, YAMLMap>();
  let pendingComment: string | undefined;
  for (const item of seq.items) {
    const id = idOf(item);
    if (id !== undefined) oldItems.set(id, item as YAMLMap);
  }
  const keep = new Set(sidecar.annotations.map((a) => a.id));
  const ordered = [...sidecar.annotations].sort(byDocumentOrder);
  const newItems: YAMLMap[] = [];
  // Carry comments of removed items forward in their old order.
  const carried = new Map<string, string>();
  for (const item of seq.items) {
    const id = idOf(item);
    if (id !== undefined && !keep.has(id)) {
      const comment = (item as YAMLMap).commentBefore;
      if (comment) pendingComment = pendingComment ? `${pendingComment}\n${comment}` : comment;
    } else if (id !== undefined && pendingComment) {
      carried.set(id, pendingComment);
      pendingComment = undefined;
    }
  }
  for (const annotation of ordered) {
    const old = oldItems.get(annotation.id);
    const item = old ?? new YAMLMap();
    const extra = carried.get(annotation.id);
    if (extra) item.commentBefore = item.commentBefore ? `${extra}\n${item.commentBefore}` : extra;
    writeAnnotation(doc, item, annotation, old === undefined);
    newItems.push(item);
  }
  if (pendingComment) seq.comment = seq.comment ? `${pendingComment}\n${seq.comment}` : pendingComment;
  // Items that are not annotations (no id) cannot be mapped to the model; keep them rather than lose them.
  const strays = seq.items.filter((item) => idOf(item) === undefined);
  seq.items = [...newItems, ...strays];
  const out = doc.toString(TO_STRING_OPTIONS);
  // Nothing changed: hand back the file exactly as the person wrote it (their alignment and spacing included),
  // so saving without edits never touches the file.
  const source = previousDoc ? sourceText(previousDoc) : null;
  if (source !== null && previousDoc && out === previousDoc.toString(TO_STRING_OPTIONS)) return source;
  return out;
}
