import assert from 'node:assert/strict';
import { validateSidecar } from '../../../src/core/sidecar/validateSidecar';

const anchor = { quote: 'Recep Tayyip Erdoğan', prefix: 'President ', suffix: ' told parliament', start: 20, end: 40 };
const good = { id: 'n-1', anchor, kind: 'entity', entityType: 'PERSON', status: 'verified', author: 'Deniz Kaya' };

function withAnnotation(a: unknown) {
  return { version: 1, article: 'ankara.txt', annotations: [a] };
}

describe('validateSidecar', () => {
  it('accepts a good sidecar and fills defaults', () => {
    const result = validateSidecar(withAnnotation(good));
    assert.ok(result.ok);
    assert.deepEqual(result.sidecar.annotations[0].tags, []);
    assert.equal(result.sidecar.annotations[0].created, '');
  });

  const cases: Array<[string, unknown, RegExp, Array<string | number>]> = [
    ['annotations not a list', { version: 1, article: 'a.txt', annotations: { id: 'x' } }, /"annotations" must be a list/, ['annotations']],
    ['version zero', { version: 0, article: 'a.txt' }, /"version" must be a whole number/, ['version']],
    ['version as text', { version: '1', article: 'a.txt' }, /"version" must be a whole number/, ['version']],
    ['bad text hash', { version: 1, article: 'a.txt', textHash: 'md5:abc' }, /textHash/, ['textHash']],
    ['annotation not a map', withAnnotation('Erdoğan'), /an annotation must be a mapping/, ['annotations', 0]],
    ['empty id', withAnnotation({ ...good, id: ' ' }), /"id" must not be empty/, ['annotations', 0, 'id']],
    ['numeric id', withAnnotation({ ...good, id: 7 }), /"id" must be text/, ['annotations', 0, 'id']],
    ['empty quote', withAnnotation({ ...good, anchor: { ...anchor, quote: '' } }), /"quote" must not be empty/, ['annotations', 0, 'anchor', 'quote']],
    ['negative start', withAnnotation({ ...good, anchor: { ...anchor, start: -1 } }), /"start" must be a whole number/, ['annotations', 0, 'anchor', 'start']],
    ['fractional end', withAnnotation({ ...good, anchor: { ...anchor, end: 40.5 } }), /"end" must be a whole number/, ['annotations', 0, 'anchor', 'end']],
    ['unknown entity type', withAnnotation({ ...good, entityType: 'POLITICIAN' }), /"entityType" must be one of/, ['annotations', 0, 'entityType']],
    ['alias without target', withAnnotation({ ...good, kind: 'alias' }), /no "aliasOf"/, ['annotations', 0]],
    ['resolved as text', withAnnotation({ ...good, resolved: 'yes' }), /"resolved" must be true or false/, ['annotations', 0, 'resolved']],
    ['reply without text', withAnnotation({ ...good, replies: [{ author: 'A', created: 'x' }] }), /reply is missing "text"/, ['annotations', 0, 'replies', 0]],
    ['tags as text', withAnnotation({ ...good, tags: 'wire' }), /"tags" must be a list/, ['annotations', 0, 'tags']],
  ];
  for (const [label, data, message, path] of cases) {
    it(`refuses ${label}`, () => {
      const result = validateSidecar(data);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.match(result.message, message);
      assert.deepEqual(result.path, path);
    });
  }
});
