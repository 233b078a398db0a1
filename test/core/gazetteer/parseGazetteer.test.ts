import assert from 'node:assert/strict';
import { parseGazetteer } from '../../../src/core/gazetteer/parseGazetteer';

describe('parseGazetteer', () => {
  it('reads entries with aliases and descriptions', () => {
    const r = parseGazetteer(`entries:
  - name: Muammar Gaddafi
    type: PERSON
    aliases: [Qaddafi, Kadhafi]
    description: Ruled Libya from 1969 to 2011
  - name: INEC
    type: ORG
`);
    assert.ok(r.ok);
    assert.deepEqual(r.entries[0], { name: 'Muammar Gaddafi', type: 'PERSON', aliases: ['Qaddafi', 'Kadhafi'], description: 'Ruled Libya from 1969 to 2011' });
    assert.equal(r.entries[1].name, 'INEC');
  });

  const cases: Array<[string, string, number]> = [
    ['broken YAML reports line and column', 'entries:\n  - name: "unclosed\n', 2],
    ['a scalar is not a list', 'entries: 12\n', 1],
  ];
  for (const [title, input, line] of cases) {
    it(title, () => {
      const r = parseGazetteer(input);
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(r.error.line >= line, `line ${r.error.line}`);
    });
  }

  it('skips an entry with an unknown type but keeps the rest', () => {
    const r = parseGazetteer('- {name: Lagos, type: CITY}\n- {name: Kano, type: PLACE}\n');
    assert.ok(r.ok);
    assert.deepEqual(r.entries.map((e) => e.name), ['Kano']);
    assert.equal(r.warnings.length, 1);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), 'entries: *i'].join('\n');
    const r = parseGazetteer(bomb);
    assert.equal(r.ok, false);
  });

  it('treats an empty file as no entries', () => {
    const r = parseGazetteer('');
    assert.ok(r.ok);
    assert.equal(r.entries.length, 0);
  });
});
