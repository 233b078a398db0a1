import assert from 'node:assert/strict';
import { analyzeText, createEngine } from '../../src/core/engine';
import type { Analysis } from '../../src/core/model';

const spans = (a: Analysis, type: string) => a.entities.filter((e) => e.type === type).map((e) => e.text);

describe('engine', () => {
  it('finds people, places and organisations in a wire paragraph, with offsets matching the text', () => {
    const text = 'KYIV, Ukraine — Foreign Minister Anna Lindqvist met officials of the European Commission in Kyiv on Monday.';
    const a = analyzeText(text);
    assert.deepEqual(spans(a, 'PERSON'), ['Anna Lindqvist']);
    assert.deepEqual(spans(a, 'PLACE'), ['KYIV', 'Ukraine', 'Kyiv']);
    assert.deepEqual(spans(a, 'ORG'), ['European Commission']);
    for (const e of a.entities) assert.equal(text.slice(e.start, e.end), e.text);
  });

  it('returns sorted, non-overlapping entities and no entities for empty text', () => {
    assert.deepEqual(analyzeText('').entities, []);
    const a = createEngine().analyze('Boeing and Airbus compete in Toulouse. Airbus said orders rose.');
    for (let i = 1; i < a.entities.length; i++) assert.ok(a.entities[i - 1].end <= a.entities[i].start);
  });
});
