import assert from 'node:assert/strict';
import { rejectAnnotation } from '../../../src/core/review/rejectAnnotation';
import { REJECTED_TAG, isRejection } from '../../../src/core/review/isRejection';
import { SUMMIT_TEXT, entity, on } from './reviewFixture';

describe('rejectAnnotation', () => {
  const cases = [
    ['an entity type', entity(SUMMIT_TEXT, 'Monday', 'PLACE', { author: 'tom.hale' }).annotation, "Rejected tom.hale's PLACE entity."],
    ['an alias', on(SUMMIT_TEXT, 'Downing Street', { kind: 'alias', aliasOf: 'Keir Starmer', author: 'tom.hale' }).annotation, "Rejected tom.hale's alias of Keir Starmer."],
    ['a note', on(SUMMIT_TEXT, '€2 billion', { author: 'tom.hale', note: 'Looks high', tags: ['budget'] }).annotation, "Rejected tom.hale's note."],
  ] as const;

  for (const [name, theirs, reply] of cases) {
    it(`records the rejection of ${name} as a resolved, tagged note that changes no entity`, () => {
      const before = structuredClone(theirs);
      const decision = rejectAnnotation(theirs, 'priya.nair', '2026-05-04T09:05:00Z');
      assert.equal(decision.id, theirs.id);
      assert.equal(decision.kind, 'note');
      assert.equal(decision.entityType, undefined);
      assert.equal(decision.aliasOf, undefined);
      assert.equal(decision.resolved, true);
      assert.ok(decision.tags.includes(REJECTED_TAG));
      assert.ok(isRejection(decision));
      assert.equal(decision.author, 'tom.hale');
      assert.deepEqual(decision.anchor, theirs.anchor);
      assert.equal(decision.note, theirs.note);
      assert.deepEqual(decision.replies.at(-1), { author: 'priya.nair', created: '2026-05-04T09:05:00Z', text: reply });
      assert.deepEqual(theirs, before);
    });
  }

  it('does not tag twice when rejecting an already rejected copy', () => {
    const once = rejectAnnotation(on(SUMMIT_TEXT, 'EU').annotation, 'a', '2026-05-04T09:05:00Z');
    const twice = rejectAnnotation(once, 'b', '2026-05-04T09:06:00Z');
    assert.equal(twice.tags.filter((t) => t === REJECTED_TAG).length, 1);
  });
});
