import assert from 'node:assert/strict';
import { applyOverrides, mergePreferring } from '../../../src/core/ner/applyOverrides';
import type { Annotation, Entity } from '../../../src/core/model';

const TEXT = 'Abu Hadi, a fighter, said Qaddafi loyalists held Sirte. The Colonel was killed near Sirte.';
const at = (s: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  return { start: i, end: i + s.length };
};
const ent = (s: string, type: Entity['type'], nth = 0): Entity => ({ ...at(s, nth), type, text: s, source: 'engine' });
const note = (kind: Annotation['kind'], s: string, extra: Partial<Annotation> = {}): Annotation => ({
  id: `a-${kind}-${s}`, anchor: { ...at(s), quote: s, prefix: '', suffix: '' }, kind, status: 'verified', tags: [],
  author: 'desk', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', replies: [], ...extra,
});
const ENGINE: Entity[] = [ent('Abu Hadi', 'PERSON'), ent('Qaddafi', 'ORG'), ent('Sirte', 'PLACE'), ent('Sirte', 'PLACE', 1)];
const show = (es: Entity[]) => es.map((e) => `${e.type}:${e.text}${e.canonical ? `=${e.canonical}` : ''}:${e.source}`);

describe('applyOverrides', () => {
  it('a workspace gazetteer retypes, names and adds its entries', () => {
    const r = applyOverrides(TEXT, ENGINE, [{ name: 'Muammar Gaddafi', type: 'PERSON', aliases: ['Qaddafi', 'the Colonel'], description: 'Ruled Libya.' }]);
    assert.deepEqual(show(r.entities), [
      'PERSON:Abu Hadi:engine', 'PERSON:Qaddafi=Muammar Gaddafi:gazetteer', 'PLACE:Sirte:engine', 'PERSON:Colonel=Muammar Gaddafi:gazetteer', 'PLACE:Sirte:engine',
    ]);
    assert.equal(r.descriptions.get('Muammar Gaddafi'), 'Ruled Libya.');
  });

  it('a gazetteer entry keeps the role and map data the engine read from the article', () => {
    const withRole: Entity[] = [{ ...ent('Abu Hadi', 'PERSON'), role: 'a fighter' }, { ...ent('Sirte', 'PLACE'), country: 'LY', lat: 31.2, lon: 16.59 }];
    const r = applyOverrides(TEXT, withRole, [
      { name: 'Abu Hadi', type: 'PERSON', description: 'Militia commander.' },
      { name: 'Sirte', type: 'PLACE' },
    ]);
    const hadi = r.entities.find((e) => e.text === 'Abu Hadi')!;
    assert.equal(hadi.source, 'gazetteer');
    assert.equal(hadi.role, 'a fighter');
    const sirte = r.entities.find((e) => e.text === 'Sirte')!;
    assert.deepEqual([sirte.source, sirte.country, sirte.lat, sirte.lon], ['gazetteer', 'LY', 31.2, 16.59]);
  });

  it('an alias inside a longer name the engine found leaves that name alone', () => {
    const r = applyOverrides(TEXT, ENGINE, [{ name: 'Hadi Brigade', type: 'ORG', aliases: ['Hadi'] }]);
    assert.deepEqual(r.entities.map((e) => e.text), ['Abu Hadi', 'Qaddafi', 'Sirte', 'Sirte']);
  });

  it('a workspace place gets coordinates from the built-in gazetteer', () => {
    const r = applyOverrides(TEXT, [], [{ name: 'Sirte', type: 'PLACE', description: 'Coastal city.' }]);
    assert.equal(r.entities.length, 2);
    assert.equal(r.entities[0].country, 'LY');
    assert.ok(r.entities[0].lat !== undefined && Math.abs(r.entities[0].lat - 31.2) < 0.5);
  });

  const cases: [string, Annotation[], string[]][] = [
    ['not-entity removes the engine’s entity', [note('not-entity', 'Abu Hadi')], ['ORG:Qaddafi:engine', 'PLACE:Sirte:engine', 'PLACE:Sirte:engine']],
    ['entity retypes', [note('entity', 'Qaddafi', { entityType: 'PERSON' })], ['PERSON:Abu Hadi:engine', 'PERSON:Qaddafi:reviewer', 'PLACE:Sirte:engine', 'PLACE:Sirte:engine']],
    ['entity adds a span the engine missed', [note('entity', 'loyalists', { entityType: 'ORG' })], ['PERSON:Abu Hadi:engine', 'ORG:Qaddafi:engine', 'ORG:loyalists:reviewer', 'PLACE:Sirte:engine', 'PLACE:Sirte:engine']],
    ['alias gives the span the reviewer’s canonical name', [note('alias', 'Colonel', { aliasOf: 'Muammar Gaddafi', entityType: 'PERSON' })], ['PERSON:Abu Hadi:engine', 'ORG:Qaddafi:engine', 'PLACE:Sirte:engine', 'PERSON:Colonel=Muammar Gaddafi:reviewer', 'PLACE:Sirte:engine']],
  ];
  for (const [name, corrections, expected] of cases) it(name, () => assert.deepEqual(show(applyOverrides(TEXT, ENGINE, [], corrections).entities), expected));

  it('a confirmed entity keeps the engine\'s role and coordinates; a retyped one drops them', () => {
    const withRole: Entity[] = [{ ...ent('Abu Hadi', 'PERSON'), role: 'fighter' }, { ...ent('Sirte', 'PLACE'), country: 'LY', lat: 31.2, lon: 16.6 }];
    const r = applyOverrides(TEXT, withRole, [], [note('entity', 'Abu Hadi', { entityType: 'PERSON' }), note('entity', 'Sirte', { entityType: 'ORG' })]);
    assert.equal(r.entities[0].role, 'fighter');
    assert.equal(r.entities[0].source, 'reviewer');
    assert.equal(r.entities[1].type, 'ORG');
    assert.equal(r.entities[1].country, undefined);
  });

  it('skips bad corrections with a clear warning and loses nothing', () => {
    const bad = note('entity', 'Sirte', { entityType: undefined });
    bad.anchor = { ...bad.anchor, start: 500, end: 510 };
    const r = applyOverrides(TEXT, ENGINE, [{ name: '', type: 'NOPE' as never }], [bad]);
    assert.equal(r.entities.length, ENGINE.length);
    assert.equal(r.warnings.length, 2);
    assert.match(r.warnings[0], /gazetteer entry/);
    assert.match(r.warnings[1], /outside the text/);
  });

  it('mergePreferring keeps order and drops what the preferred spans overlap', () => {
    const merged = mergePreferring([ent('Abu Hadi', 'PERSON'), ent('Sirte', 'PLACE')], [{ ...at('Hadi, a'), type: 'ORG', text: 'Hadi, a' }]);
    assert.deepEqual(merged.map((e) => e.text), ['Hadi, a', 'Sirte']);
  });
});
