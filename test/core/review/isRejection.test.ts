import assert from 'node:assert/strict';
import { REJECTED_TAG, isRejection } from '../../../src/core/review/isRejection';

describe('isRejection', () => {
  const cases: Array<[string, { kind: string; tags: string[] }, boolean]> = [
    ['a note tagged rejected', { kind: 'note', tags: ['budget', REJECTED_TAG] }, true],
    ['a plain note', { kind: 'note', tags: ['budget'] }, false],
    ['an entity correction that happens to carry the tag is still a correction', { kind: 'entity', tags: [REJECTED_TAG] }, false],
    ['a tag that only contains the word', { kind: 'note', tags: ['rejected-by-legal'] }, false],
  ];
  for (const [name, annotation, expected] of cases) {
    it(name, () => assert.equal(isRejection(annotation), expected));
  }
});
