// Reads a newsroom's shared gazetteer (`.newsmark/gazetteer.yaml`) into plain entries, refusing what it cannot trust.
import { parseDocument } from 'yaml';
import type { GazetteerEntry } from '../engine';
import { ENTITY_TYPES, type EntityType } from '../model';

/** A gazetteer is a hand-kept list; anything bigger is a mistake or an attack. */
export const MAX_GAZETTEER_BYTES = 2 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;

export type GazetteerParseResult =
  | { ok: true; entries: GazetteerEntry[]; warnings: string[] }
  | { ok: false; error: { message: string; line: number; column: number } };

function isType(t: unknown): t is EntityType {
  return typeof t === 'string' && (ENTITY_TYPES as readonly string[]).includes(t);
}

/**
 * Accepts `entries: [{name, type, aliases?, description?}]` (or a bare list). Bad entries are
 * skipped with a warning rather than failing the whole file: one typo should not hide the rest.
 */
export function parseGazetteer(text: string): GazetteerParseResult {
  if (text.length > MAX_GAZETTEER_BYTES) return { ok: false, error: { message: `file is larger than ${MAX_GAZETTEER_BYTES} bytes`, line: 1, column: 1 } };
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    return { ok: false, error: { message: e.message.split('\n')[0], line: pos?.line ?? 1, column: pos?.col ?? 1 } };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    return { ok: false, error: { message: err instanceof Error ? err.message : String(err), line: 1, column: 1 } };
  }
  if (data === null || data === undefined) return { ok: true, entries: [], warnings: [] };
  const list = Array.isArray(data) ? data : (data as { entries?: unknown }).entries;
  if (!Array.isArray(list)) return { ok: false, error: { message: 'expected a list under `entries:`', line: 1, column: 1 } };
  const entries: GazetteerEntry[] = [];
  const warnings: string[] = [];
  list.forEach((raw, i) => {
    const r = raw as Record<string, unknown>;
    const name = typeof r?.name === 'string' ? r.name.trim() : '';
    if (!name || !isType(r.type)) {
      warnings.push(`entry ${i + 1}: needs a name and a type (one of ${ENTITY_TYPES.join(', ')})`);
      return;
    }
    const aliases = Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map((a) => a.trim()) : [];
    entries.push({ name, type: r.type, aliases, description: typeof r.description === 'string' ? r.description : undefined });
  });
  return { ok: true, entries, warnings };
}
