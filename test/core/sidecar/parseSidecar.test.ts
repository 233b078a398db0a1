import assert from 'node:assert/strict';
import { parseSidecar } from '../../../src/core/sidecar/parseSidecar';
import { MAX_ALIAS_COUNT, MAX_SIDECAR_CHARS } from '../../../src/core/sidecar/Sidecar';
import { loadFixtures } from './fixtures';

describe('parseSidecar', () => {
  describe('valid fixtures', () => {
    for (const fixture of loadFixtures('valid')) {
      it(`reads ${fixture.name}`, () => {
        const result = parseSidecar(fixture.text);
        assert.ok(result.ok, result.ok ? '' : result.error.message);
        assert.equal(result.doc.errors.length, 0);
      });
    }
  });

  describe('invalid fixtures point at the offending node', () => {
    const invalid = loadFixtures('invalid');
    it('has fixtures to check', () => assert.ok(invalid.length >= 10));
    for (const fixture of invalid) {
      it(`refuses ${fixture.name} at ${fixture.expect?.line}:${fixture.expect?.column}`, () => {
        assert.ok(fixture.expect, 'fixture lacks its # expect: line');
        const result = parseSidecar(fixture.text);
        assert.equal(result.ok, false);
        if (result.ok) return;
        assert.equal(`${result.error.line}:${result.error.column}`, `${fixture.expect.line}:${fixture.expect.column}`);
        assert.ok(result.error.message.startsWith(fixture.expect.message), result.error.message);
      });
    }
  });

  it('reads every field of a full annotation', () => {
    const [lagos] = loadFixtures('valid').filter((f) => f.name === 'lagos-vote.annotations.yaml');
    const result = parseSidecar(lagos.text);
    assert.ok(result.ok);
    const { sidecar } = result;
    assert.equal(sidecar.version, 1);
    assert.equal(sidecar.article, 'lagos-vote.txt');
    assert.equal(sidecar.annotations.length, 3);
    assert.deepEqual(sidecar.annotations[0], {
      id: 'n-7f3a9c2e',
      anchor: {
        quote: 'Mahmood Yakubu',
        prefix: 'electoral commission chairman ',
        suffix: ' told reporters in Abuja that t',
        start: 112,
        end: 126,
      },
      kind: 'entity',
      entityType: 'PERSON',
      status: 'verified',
      tags: ['source-checked', 'wire'],
      note: 'Name and title confirmed against the INEC website.',
      author: 'Ngozi Adeyemi',
      created: '2026-11-20T10:15:00Z',
      modified: '2026-11-20T10:15:00Z',
      resolved: false,
      replies: [{ author: 'Tom Becker', created: '2026-11-20T11:02:00Z', text: 'Agreed.' }],
    });
    assert.equal(sidecar.annotations[2].anchor.suffix, "'s office said.\nResults are du");
    assert.equal(sidecar.annotations[2].aliasOf, 'Babajide Sanwo-Olu');
  });

  it('fills defaults for optional fields a person may leave out', () => {
    const result = parseSidecar(
      'version: 1\narticle: a.txt\nannotations:\n  - id: n-1\n    anchor: {quote: Ursula von der Leyen, start: 0, end: 19}\n    kind: note\n',
    );
    assert.ok(result.ok);
    const [a] = result.sidecar.annotations;
    assert.equal(a.status, 'unverified');
    assert.deepEqual(a.tags, []);
    assert.deepEqual(a.replies, []);
    assert.equal(a.anchor.prefix, '');
    assert.equal(a.anchor.suffix, '');
  });

  it('treats an empty or comment-only file as an empty sidecar', () => {
    for (const text of ['', '\n', '# nothing reviewed yet\n']) {
      const result = parseSidecar(text);
      assert.ok(result.ok);
      assert.deepEqual(result.sidecar.annotations, []);
      assert.equal(result.readOnly, false);
    }
  });

  it('marks a newer format version read-only with a warning', () => {
    const [future] = loadFixtures('valid').filter((f) => f.name === 'future-version.annotations.yaml');
    const result = parseSidecar(future.text);
    assert.ok(result.ok);
    assert.equal(result.readOnly, true);
    assert.match(result.warnings[0], /version 2 .*newer Newsmark/);
    assert.equal(result.sidecar.annotations[0].anchor.quote, 'Christine Lagarde');
  });

  it('refuses an alias bomb', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) {
      const refs = Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ');
      lines.push(`a${i}: &a${i} [${refs}]`);
    }
    const result = parseSidecar(`version: 1\narticle: x.txt\n${lines.join('\n')}\nannotations: []\n`);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.error.message, new RegExp(`more than ${MAX_ALIAS_COUNT} YAML aliases`));
  });

  it('allows a few harmless aliases', () => {
    const result = parseSidecar('version: 1\narticle: x.txt\ndefaults: &d [wire]\nannotations: []\nlater: *d\n');
    assert.ok(result.ok);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const padding = '#'.repeat(MAX_SIDECAR_CHARS);
    const result = parseSidecar(`version: 1\n${padding}\n`);
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.match(result.error.message, /too large/);
      assert.deepEqual([result.error.line, result.error.column], [1, 1]);
    }
  });

  it('refuses duplicate keys in one annotation', () => {
    const result = parseSidecar(
      'version: 1\narticle: a.txt\nannotations:\n  - id: n-1\n    id: n-2\n    anchor: {quote: Kyiv, start: 0, end: 4}\n    kind: note\n',
    );
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.line, 5);
  });

  it('refuses a second YAML document in the file', () => {
    const result = parseSidecar('version: 1\narticle: a.txt\n---\nversion: 1\n');
    assert.equal(result.ok, false);
  });
});
