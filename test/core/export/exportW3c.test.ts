import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { W3C_ANNO_CONTEXT, articleIri, exportW3c } from '../../../src/core/export/exportW3c';
import { NEWS_TEXT, ORPHAN_QUOTE, find, newsInput } from './newsFixture';

const CONTEXT_PATH = path.resolve(__dirname, '../../fixtures/w3c/anno.jsonld');
const OA = 'http://www.w3.org/ns/oa#';
const AS = 'http://www.w3.org/ns/activitystreams#';
const DCTERMS = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value';

/** Serves only the W3C context, from disk: any other URL means the export references something it should not. */
const offlineLoader = async (url: string) => {
  if (url !== W3C_ANNO_CONTEXT) throw new Error(`Unexpected remote document: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: JSON.parse(fs.readFileSync(CONTEXT_PATH, 'utf8')) };
};

type Node = Record<string, any>;

/** `safe` makes the processor fail on any term the context does not define instead of silently dropping it. */
async function expand(doc: unknown): Promise<Node[]> {
  // @types/jsonld lags the library (no `safe` option, wrong return type), hence the casts.
  return (await (jsonld.expand as any)(doc, { documentLoader: offlineLoader, safe: true })) as Node[];
}

function ids(values: Node[] | undefined): string[] {
  return (values ?? []).map((v) => v['@id']);
}

function value(values: Node[] | undefined): any {
  return values?.[0]?.['@value'];
}

describe('exportW3c', () => {
  const input = newsInput();
  let collection: Node;
  let annotations: Node[];
  const byId = (suffix: string): Node => annotations.find((a) => a['@id'].endsWith(suffix))!;

  before(async () => {
    const expanded = await expand(JSON.parse(exportW3c(input)));
    assert.equal(expanded.length, 1);
    collection = expanded[0];
    const page = collection[`${AS}first`][0];
    annotations = page[`${AS}items`][0]['@list'];
  });

  it('is an ordered collection whose first page holds every annotation', () => {
    assert.deepEqual(collection['@type'], [`${AS}OrderedCollection`]);
    const expected = input.analysis.entities.length + input.annotations.length + 1; // one reply
    assert.equal(Number(value(collection[`${AS}totalItems`])), expected);
    assert.equal(annotations.length, expected);
    for (const a of annotations) assert.deepEqual(a['@type'], [`${OA}Annotation`]);
  });

  it('counts TextPositionSelector offsets in code points, not UTF-16 units', () => {
    const codePoints = [...NEWS_TEXT];
    for (const a of annotations) {
      const target = a[`${OA}hasTarget`][0];
      if (!target[`${OA}hasSelector`]) continue; // replies target their parent
      const selectors: Node[] = target[`${OA}hasSelector`];
      const quote = selectors.find((s) => s['@type'][0] === `${OA}TextQuoteSelector`)!;
      const position = selectors.find((s) => s['@type'][0] === `${OA}TextPositionSelector`);
      if (!position) continue; // orphaned
      const start = Number(value(position[`${OA}start`]));
      const end = Number(value(position[`${OA}end`]));
      assert.equal(codePoints.slice(start, end).join(''), value(quote[`${OA}exact`]));
    }
    // The flag (2 code points, 4 units) and the grimace emoji (1 and 2) sit before the second "Orbán".
    const orban = find(NEWS_TEXT, 'Orbán', 1);
    const a3 = byId('#annotation-a3')[`${OA}hasTarget`][0][`${OA}hasSelector`];
    const position = a3.find((s: Node) => s['@type'][0] === `${OA}TextPositionSelector`);
    assert.equal(Number(value(position[`${OA}start`])), orban.start - 3);
  });

  it('gives quote selectors a prefix and suffix from the text', () => {
    const selectors: Node[] = byId('#annotation-a2')[`${OA}hasTarget`][0][`${OA}hasSelector`];
    const quote = selectors.find((s) => s['@type'][0] === `${OA}TextQuoteSelector`)!;
    assert.equal(value(quote[`${OA}exact`]), '12%');
    assert.ok(NEWS_TEXT.includes(value(quote[`${OA}prefix`]) + '12%' + value(quote[`${OA}suffix`])));
  });

  it('classifies entities and identifies clustered ones by their canonical name', () => {
    const orban = annotations.find((a) => a['@id'] === `${articleIri('brussels-talks.txt')}#entity-6`)!;
    assert.deepEqual(ids(orban[`${OA}motivatedBy`]).sort(), [`${OA}classifying`, `${OA}identifying`]);
    const bodies: Node[] = orban[`${OA}hasBody`];
    const classifying = bodies.find((b) => ids(b[`${OA}hasPurpose`])[0] === `${OA}classifying`)!;
    assert.equal(value(classifying[RDF_VALUE]), 'PERSON');
    const identifying = bodies.find((b) => ids(b[`${OA}hasPurpose`])[0] === `${OA}identifying`)!;
    assert.equal(value(identifying[RDF_VALUE]), 'Viktor Orbán');
  });

  it('maps a note to commenting, its status to assessing and its tags to tagging', () => {
    const a1 = byId('#annotation-a1');
    assert.deepEqual(ids(a1[`${OA}motivatedBy`]).sort(), [`${OA}assessing`, `${OA}commenting`, `${OA}tagging`]);
    const bodies: Node[] = a1[`${OA}hasBody`];
    const note = bodies.find((b) => ids(b[`${OA}hasPurpose`])[0] === `${OA}commenting`)!;
    assert.equal(value(note[RDF_VALUE]), 'Second source needed: "which" officials, exactly? Ask Reuters, AP');
    const status = bodies.find((b) => ids(b[`${OA}hasPurpose`])[0] === `${OA}assessing`)!;
    assert.equal(value(status[RDF_VALUE]), 'needs-source');
    assert.deepEqual(ids(a1[`${OA}hasTarget`][0][`${OA}hasSource`]), [articleIri('brussels-talks.txt')]);
    assert.equal(value(a1[`${DCTERMS}creator`][0][`${FOAF}name`]), 'claire.dubois');
    assert.equal(value(a1[`${DCTERMS}created`]), '2026-03-07T09:12:00Z');
    assert.equal(value(a1[`${DCTERMS}modified`]), '2026-03-07T09:12:00Z');
  });

  it('makes each reply its own annotation that targets its parent', () => {
    const reply = byId('#annotation-a1-reply-1');
    assert.deepEqual(ids(reply[`${OA}motivatedBy`]), [`${OA}replying`]);
    assert.deepEqual(ids(reply[`${OA}hasTarget`]), [byId('#annotation-a1')['@id']]);
    assert.equal(value(reply[`${DCTERMS}creator`][0][`${FOAF}name`]), 'lena.ortiz');
  });

  it('keeps only the saved quote for an orphaned annotation', () => {
    const selectors: Node[] = byId('#annotation-a5')[`${OA}hasTarget`][0][`${OA}hasSelector`];
    assert.equal(selectors.length, 1);
    assert.equal(value(selectors[0][`${OA}exact`]), ORPHAN_QUOTE);
  });

  it('would notice a term the context does not define (the safe-mode check above is live)', async () => {
    const doc = JSON.parse(exportW3c(input));
    doc.first.items[0].reviewDesk = 'politics';
    await assert.rejects(expand(doc));
  });

  it('uses the caller-supplied article IRI when there is one', async () => {
    const uri = 'file:///home/desk/stories/brussels-talks.txt';
    const doc = JSON.parse(exportW3c({ ...input, articleUri: uri }));
    assert.equal(doc.first.items[0].target.source, uri);
    assert.equal(doc['@context'], W3C_ANNO_CONTEXT);
  });
});
