import assert from 'node:assert/strict';
import { clusterEntities } from '../../../src/core/ner/clusterEntities';
import type { Entity, EntityType } from '../../../src/core/model';

/** Entities for the given [text, type] pairs, laid out one after another. */
function entities(pairs: [string, EntityType, string?][]): Entity[] {
  let at = 0;
  return pairs.map(([text, type, canonical]) => {
    const e: Entity = { start: at, end: at + text.length, text, type };
    if (canonical) e.canonical = canonical;
    at += text.length + 1;
    return e;
  });
}

describe('clusterEntities', () => {
  it('merges a surname and an honorific form with the full name, which becomes canonical', () => {
    const es = entities([['Macron', 'PERSON'], ['Emmanuel Macron', 'PERSON'], ['Mr Macron', 'PERSON']]);
    const cs = clusterEntities(es);
    assert.equal(cs.length, 1);
    assert.equal(cs[0].canonical, 'Emmanuel Macron');
    assert.deepEqual(cs[0].aliases, ['Emmanuel Macron', 'Macron', 'Mr Macron']);
    assert.deepEqual(cs[0].mentions, [0, 1, 2]);
    assert.ok(es.every((e) => e.canonical === 'Emmanuel Macron' && e.cluster === 0));
  });

  it('merges transliteration variants', () => {
    const cs = clusterEntities(entities([['Muammar Gaddafi', 'PERSON'], ['Qaddafi', 'PERSON'], ['Kadhafi', 'PERSON']]));
    assert.equal(cs.length, 1);
    assert.deepEqual(cs[0].aliases, ['Muammar Gaddafi', 'Qaddafi', 'Kadhafi']);
  });

  it('keeps two people with one surname apart, and a surname goes to the latest', () => {
    const cs = clusterEntities(entities([['Bill Clinton', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Clinton', 'PERSON']]));
    assert.equal(cs.length, 2);
    assert.deepEqual(cs[1].mentions, [1, 2]);
  });

  it('links an acronym to the organisation it abbreviates, and a first word to the company', () => {
    const cs = clusterEntities(entities([['European Union', 'ORG'], ['EU', 'ORG'], ['Northrop Grumman', 'ORG'], ['Northrop', 'ORG']]));
    assert.deepEqual(cs.map((c) => c.aliases), [['European Union', 'EU'], ['Northrop Grumman', 'Northrop']]);
  });

  it('links an organisation\'s head word used alone to the full name', () => {
    const cs = clusterEntities(entities([['European Commission', 'ORG'], ['Commission', 'ORG']]));
    assert.deepEqual(cs.map((c) => c.aliases), [['European Commission', 'Commission']]);
  });

  it('does not merge across types', () => {
    const cs = clusterEntities(entities([['Jordan', 'PLACE'], ['Michael Jordan', 'PERSON']]));
    assert.equal(cs.length, 2);
  });

  it('follows a canonical name given by a gazetteer or reviewer', () => {
    const cs = clusterEntities(entities([['the Colonel', 'PERSON', 'Muammar Gaddafi'], ['Gaddafi', 'PERSON'], ['Muammar Gaddafi', 'PERSON', 'Muammar Gaddafi']]));
    const main = cs.find((c) => c.canonical === 'Muammar Gaddafi');
    assert.ok(main);
    assert.ok(main.mentions.includes(0) && main.mentions.includes(2));
  });

  it('returns no clusters for no entities', () => assert.deepEqual(clusterEntities([]), []));

  it('gives a place named only in a capitals dateline its ordinary spelling', () => {
    const cs = clusterEntities(entities([['KANO', 'PLACE'], ['Nigeria', 'PLACE']]));
    assert.deepEqual(cs.map((c) => c.canonical), ['Kano', 'Nigeria']);
    assert.deepEqual(cs[0].aliases, ['Kano', 'KANO']);
  });
});
