import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { textHash, TEXT_HASH_PREFIX } from '../../../src/core/sidecar/textHash';

describe('textHash', () => {
  // Published SHA-256 test vectors (FIPS 180-2 examples and the empty string).
  const vectors: Array<[string, string]> = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ];
  for (const [input, hex] of vectors) {
    it(`matches the known vector for ${JSON.stringify(input.slice(0, 12))}`, () => {
      assert.equal(textHash(input), TEXT_HASH_PREFIX + hex);
    });
  }

  const articles = [
    'ABUJA (Newswire) - Nigeria\'s electoral commission said on Tuesday turnout in Lagos fell to 27%.',
    'Präsident Macron a rencontré Olaf Scholz à Genève — 会谈 lasted two hours 🇫🇷.',
  ];
  for (const article of articles) {
    it(`agrees with node:crypto on UTF-8 text: ${article.slice(0, 20)}…`, () => {
      const expected = createHash('sha256').update(article, 'utf8').digest('hex');
      assert.equal(textHash(article), TEXT_HASH_PREFIX + expected);
    });
  }

  it('gives the same hash for CRLF, CR and LF line ends', () => {
    const lf = 'KYIV, Feb 3 -\nShelling resumed overnight.\n\nOfficials said 12 people were hurt.';
    assert.equal(textHash(lf.replace(/\n/g, '\r\n')), textHash(lf));
    assert.equal(textHash(lf.replace(/\n/g, '\r')), textHash(lf));
  });

  it('changes when a single word changes', () => {
    assert.notEqual(textHash('Turnout was 27%.'), textHash('Turnout was 28%.'));
  });
});
