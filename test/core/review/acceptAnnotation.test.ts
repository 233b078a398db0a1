import assert from 'node:assert/strict';
import { acceptAnnotation } from '../../../src/core/review/acceptAnnotation';
import { SUMMIT_TEXT, entity, on } from './reviewFixture';

describe('acceptAnnotation', () => {
  const cases = [
    ['an entity correction', entity(SUMMIT_TEXT, 'Downing Street', 'ORG', { author: 'tom.hale', status: 'verified' }).annotation],
    ['a note with replies', on(SUMMIT_TEXT, '€2 billion', { author: 'tom.hale', note: 'Per the Council, "2bn"', tags: ['budget'], replies: [{ author: 'ana', created: '2026-05-04T08:30:00Z', text: 'Agreed.' }] }).annotation],
  ] as const;

  for (const [name, theirs] of cases) {
    it(`copies ${name}, keeping the author and recording who accepted`, () => {
      const before = structuredClone(theirs);
      const copy = acceptAnnotation(theirs, 'priya.nair', '2026-05-04T09:00:00Z');
      assert.equal(copy.author, 'tom.hale');
      assert.equal(copy.acceptedBy, 'priya.nair');
      assert.equal(copy.modified, '2026-05-04T09:00:00Z');
      assert.equal(copy.created, theirs.created);
      assert.deepEqual({ ...copy, acceptedBy: undefined, modified: theirs.modified }, { ...theirs, acceptedBy: undefined });
      // A deep copy: editing mine later must not change theirs.
      copy.tags.push('mine');
      copy.anchor.start = 0;
      assert.deepEqual(theirs, before);
    });
  }
});
