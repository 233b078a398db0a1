import assert from 'node:assert/strict';
import { lookupPlace, ordinarySpelling } from '../../../src/core/gazetteer/lookupPlace';

describe('lookupPlace', () => {
  const cases: [string, string, string | undefined][] = [
    ['Nigeria', 'country', 'NG'],
    ['Lagos', 'city', 'NG'],
    ['LAGOS', 'city', 'NG'],
    ['Washington', 'city', 'US'],
    ['Constanța', 'city', 'RO'],
    ['Gaza Strip', 'region', 'PS'],
    ['Danube', 'water', undefined],
    ['Africa', 'continent', undefined],
    ['U.S.', 'country', 'US'],
    ['RIO DE JANEIRO', 'region', 'BR'],
    ['BOSNIA AND HERZEGOVINA', 'country', 'BA'],
  ];
  for (const [name, kind, country] of cases) {
    it(`${name} is a ${kind}`, () => {
      const p = lookupPlace(name);
      assert.ok(p, `${name} not found`);
      assert.equal(p.kind, kind);
      assert.equal(p.country, country);
    });
  }
  it('gives coordinates for cities', () => {
    const p = lookupPlace('Kyiv');
    assert.ok(p && p.lat !== undefined && Math.abs(p.lat - 50.45) < 0.1 && Math.abs((p.lon ?? 0) - 30.52) < 0.1);
  });
  it('returns null for names that are not places', () => {
    assert.equal(lookupPlace('Reuters'), null);
    assert.equal(lookupPlace(''), null);
    assert.equal(lookupPlace('constructor'), null);
  });

  const spellings: Array<[string, string | null]> = [
    ['KANO', 'Kano'],
    ['RIO DE JANEIRO', 'Rio de Janeiro'],
    ['UAE', null],
    ['Kano', null],
    ['NEWSROOM', null],
  ];
  for (const [capitals, expected] of spellings) {
    it(`spells ${capitals} as ${expected ?? 'nothing new'}`, () => assert.equal(ordinarySpelling(capitals), expected));
  }
});
