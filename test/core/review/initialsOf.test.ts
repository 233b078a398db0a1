import assert from 'node:assert/strict';
import { initialsOf } from '../../../src/core/review/initialsOf';

describe('initialsOf', () => {
  const cases: Array<[string, string]> = [
    ['Claire Dubois', 'CD'],
    ['claire.dubois', 'CD'],
    ['claire.dubois@desk.example', 'CD'],
    ['Jean-Luc Mélenchon', 'JM'],
    ['Ngozi', 'NG'],
    ['Émile Zola', 'ÉZ'],
    ['ana_maria_costa', 'AC'],
    ['', '?'],
    ['...', '?'],
  ];
  for (const [author, expected] of cases) {
    it(`${JSON.stringify(author)} → ${expected}`, () => assert.equal(initialsOf(author), expected));
  }
});
