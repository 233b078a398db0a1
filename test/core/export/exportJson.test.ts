import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { reanchorAll } from '../../../src/core/anchor/reanchorAll';
import { analyzeText } from '../../../src/core/engine';
import { JSON_EXPORT_SCHEMA, exportJson } from '../../../src/core/export/exportJson';
import { parseSidecar } from '../../../src/core/sidecar/parseSidecar';
import { NEWS_TEXT, newsInput } from './newsFixture';

const SCHEMA_PATH = path.resolve(__dirname, '../../../schemas/export.schema.json');
const SAMPLES = path.resolve(__dirname, '../../../samples');

describe('exportJson', () => {
  const input = newsInput();
  const parsed = JSON.parse(exportJson(input));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')));

  it('validates against the published schema', () => {
    assert.equal(validate(parsed), true, JSON.stringify(validate.errors, null, 2));
  });

  it('names its schema, article and text fingerprint', () => {
    assert.equal(parsed.schema, JSON_EXPORT_SCHEMA);
    assert.equal(parsed.article, 'brussels-talks.txt');
    assert.equal(parsed.textHash, input.textHash);
    assert.equal(parsed.textLength, NEWS_TEXT.length);
  });

  it('round-trips entities and clusters unchanged', () => {
    assert.deepEqual(parsed.entities, input.analysis.entities);
    assert.deepEqual(parsed.clusters, input.analysis.clusters);
  });

  it('gives annotations their current offsets, or null when orphaned', () => {
    const byId = new Map(parsed.annotations.map((a: { id: string }) => [a.id, a]));
    const a4 = byId.get('a4') as { start: number; end: number; note: string };
    assert.equal(NEWS_TEXT.slice(a4.start, a4.end), '€1.3 billion.\r\nA leaked draft');
    assert.equal(a4.note, 'The draft & the "figure" don\'t match <b>bold</b>');
    const a5 = byId.get('a5') as { start: null; end: null; orphaned: boolean };
    assert.deepEqual([a5.start, a5.end, a5.orphaned], [null, null, true]);
  });

  // Catches drift: a field added to the model but not to the schema fails here, not in a reader's hands.
  it('validates what the real engine and sidecar give for every sample article', () => {
    const articles = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
    assert.ok(articles.length > 0);
    for (const name of articles) {
      const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
      const sidecarPath = path.join(SAMPLES, name.replace(/\.txt$/, '.annotations.yaml'));
      const parsed = fs.existsSync(sidecarPath) ? parseSidecar(fs.readFileSync(sidecarPath, 'utf8')) : null;
      if (parsed) assert.ok(parsed.ok && parsed.sidecar.annotations.length > 0, `${name}: sample sidecar should parse`);
      const placed = parsed?.ok ? reanchorAll(text, parsed.sidecar.annotations) : { anchored: [], orphans: [] };
      const analysis = analyzeText(text);
      const doc = JSON.parse(
        exportJson({
          articleName: name,
          text,
          analysis: { entities: analysis.entities, clusters: analysis.clusters },
          annotations: [...placed.anchored.map((a) => ({ ...a, orphaned: false })), ...placed.orphans.map((annotation) => ({ annotation, start: 0, end: 0, orphaned: true }))],
        }),
      );
      assert.equal(validate(doc), true, `${name}: ${JSON.stringify(validate.errors, null, 2)}`);
    }
  });

  it('the schema rejects an export with a misspelt status', () => {
    const broken = structuredClone(parsed);
    broken.annotations[0].status = 'verifed';
    assert.equal(validate(broken), false);
  });
});
