import assert from 'node:assert/strict';
import { newAnnotationId } from '../../../src/core/annotations/newAnnotationId';

function seeded(values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length];
}

describe('newAnnotationId', () => {
  it('has the n- prefix and eight hex digits', () => {
    for (let i = 0; i < 200; i++) assert.match(newAnnotationId(), /^n-[0-9a-f]{8}$/);
  });

  it('is determined by the random source', () => {
    assert.equal(newAnnotationId(seeded([0, 0.5, 0.999, 0.0625])), 'n-08f108f1');
  });

  it('retries when an id is taken', () => {
    const taken = new Set(['n-00000000']);
    const id = newAnnotationId(seeded([0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]), (x) => taken.has(x));
    assert.equal(id, 'n-88888888');
  });

  it('rarely repeats across many draws', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newAnnotationId()));
    assert.ok(ids.size >= 4999);
  });

  it('refuses a broken random source instead of looping forever', () => {
    assert.throws(() => newAnnotationId(() => 0, () => true), /not random/);
  });
});
