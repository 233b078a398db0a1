import assert from 'node:assert/strict';
import { skeletonKey } from '../../../src/core/ner/skeletonKey';

describe('skeletonKey', () => {
  const same: [string, string][] = [
    ['Gaddafi', 'Qaddafi'],
    ['Gaddafi', 'Kadhafi'],
    ['Gadhafi', 'al-Qaddafi'],
    ['Zelensky', 'Zelenskyy'],
    ['Zelenskiy', 'Zelensky'],
    ['Tkachuk', 'Tkatchuk'],
    ['Keïta', 'Keita'],
  ];
  for (const [a, b] of same) it(`${a} ~ ${b}`, () => assert.equal(skeletonKey(a), skeletonKey(b)));
  const different: [string, string][] = [
    ['Macron', 'Merkel'],
    ['Putin', 'Peskov'],
    ['Diop', 'Dubois'],
    ['Howard', 'Ford'],
    ['Abbas', 'Bass'],
  ];
  for (const [a, b] of different) it(`${a} ≁ ${b}`, () => assert.notEqual(skeletonKey(a), skeletonKey(b)));
  it('is empty for text with no letters', () => assert.equal(skeletonKey('—'), ''));
});
