import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/core/model';
import { parseSidecar } from '../../../src/core/sidecar/parseSidecar';
import { serializeSidecar } from '../../../src/core/sidecar/serializeSidecar';
import type { Sidecar } from '../../../src/core/sidecar/Sidecar';
import { loadFixtures } from './fixtures';

function parsed(text: string) {
  const result = parseSidecar(text);
  if (!result.ok) throw new Error(`fixture does not parse: ${result.error.message}`);
  return result;
}

const lagos = loadFixtures('valid').find((f) => f.name === 'lagos-vote.annotations.yaml')!.text;

function newAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: 'n-aa11bb22',
    anchor: { quote: 'Lagos State', prefix: 'said turnout in ', suffix: ' was 27%, down', start: 225, end: 236 },
    kind: 'entity',
    entityType: 'PLACE',
    status: 'unverified',
    tags: [],
    author: 'Amara Okafor',
    created: '2026-11-21T09:00:00Z',
    modified: '2026-11-21T09:00:00Z',
    replies: [],
    ...overrides,
  };
}

describe('serializeSidecar', () => {
  describe('round trip without change is byte-identical', () => {
    for (const fixture of loadFixtures('valid')) {
      it(fixture.name, () => {
        const result = parsed(fixture.text);
        assert.equal(serializeSidecar(result.sidecar, result.doc), fixture.text);
      });
    }
  });

  it('gives back a hand-formatted file unchanged when nothing changed, and normalises it only on a real change', () => {
    const aligned = lagos.replace('    kind: note\n', '    kind: note                  # entity | not-entity | alias | note\n').replace('desk: africa-politics', 'desk:    africa-politics');
    const result = parsed(aligned);
    assert.equal(serializeSidecar(result.sidecar, result.doc), aligned);
    const changed = serializeSidecar({ ...result.sidecar, annotations: result.sidecar.annotations.slice(1) }, result.doc);
    assert.ok(changed.includes('    kind: note # entity | not-entity | alias | note\n'), 'comment kept, alignment normalised');
  });

  it('keeps comments and unknown fields when an annotation is added', () => {
    const result = parsed(lagos);
    const sidecar: Sidecar = { ...result.sidecar, annotations: [...result.sidecar.annotations, newAnnotation()] };
    const out = serializeSidecar(sidecar, result.doc);
    for (const kept of ['# Desk: Africa politics.', 'desk: africa-politics', '# The commission chair is quoted twice', 'mood: relieved', 'priority: high # not a Newsmark field; kept as written']) {
      assert.ok(out.includes(kept), `lost: ${kept}`);
    }
    const again = parsed(out);
    assert.deepEqual(
      again.sidecar.annotations.map((a) => a.id),
      ['n-7f3a9c2e', 'n-aa11bb22', 'n-0b41d7aa', 'n-c29e5f10'],
      'new annotation is placed in document order',
    );
    assert.deepEqual(again.sidecar.annotations[1], newAnnotation());
  });

  it('changes only the lines of the changed fields', () => {
    const result = parsed(lagos);
    const changed = result.sidecar.annotations.map((a) =>
      a.id === 'n-0b41d7aa' ? { ...a, status: 'verified' as const, modified: '2026-11-21T08:00:00Z', tags: ['inec-release'] } : a,
    );
    const out = serializeSidecar({ ...result.sidecar, annotations: changed }, result.doc);
    const before = lagos.split('\n');
    const after = out.split('\n');
    const remaining = [...before];
    const diff = after.filter((line) => {
      const i = remaining.indexOf(line);
      if (i < 0) return true;
      remaining.splice(i, 1);
      return false;
    });
    assert.deepEqual(diff, ['    status: verified', '    tags: [inec-release]', '    modified: 2026-11-21T08:00:00Z']);
    assert.equal(after.length, before.length + 1);
  });

  it('keeps the comments of the others when an annotation is removed', () => {
    const result = parsed(lagos);
    const out = serializeSidecar(
      { ...result.sidecar, annotations: result.sidecar.annotations.filter((a) => a.id !== 'n-0b41d7aa') },
      result.doc,
    );
    assert.ok(!out.includes('n-0b41d7aa'));
    assert.ok(out.includes('priority: high # not a Newsmark field; kept as written'));
    assert.ok(out.includes('# The commission chair is quoted twice'));
    assert.equal(parsed(out).sidecar.annotations.length, 2);
  });

  it('moves the leading comment of a removed annotation to the next one rather than dropping it', () => {
    const result = parsed(lagos);
    const out = serializeSidecar(
      { ...result.sidecar, annotations: result.sidecar.annotations.filter((a) => a.id !== 'n-7f3a9c2e') },
      result.doc,
    );
    assert.ok(out.includes('# The commission chair is quoted twice'));
    assert.ok(!out.includes('priority: high'), 'the removed annotation takes its own fields with it');
  });

  it('keeps unknown fields in replies and updates known ones', () => {
    const result = parsed(lagos);
    const annotations = result.sidecar.annotations.map((a) =>
      a.id === 'n-7f3a9c2e'
        ? { ...a, replies: [{ ...a.replies[0], text: 'Agreed, INEC confirmed.' }, { author: 'Ngozi Adeyemi', created: '2026-11-20T11:30:00Z', text: 'Thanks.' }] }
        : a,
    );
    const out = serializeSidecar({ ...result.sidecar, annotations }, result.doc);
    assert.ok(out.includes('mood: relieved'));
    assert.deepEqual(parsed(out).sidecar.annotations[0].replies.map((r) => r.text), ['Agreed, INEC confirmed.', 'Thanks.']);
  });

  it('does not change the document it was given', () => {
    const result = parsed(lagos);
    serializeSidecar({ ...result.sidecar, annotations: [] }, result.doc);
    assert.equal(serializeSidecar(result.sidecar, result.doc), lagos);
  });

  it('writes a new file with a header, fixed key order and one block per annotation', () => {
    const sidecar: Sidecar = {
      version: 1,
      article: 'kherson-evacuation.txt',
      textHash: 'sha256:' + 'ab'.repeat(32),
      annotations: [
        newAnnotation({ id: 'n-00000002', anchor: { quote: 'Kherson', prefix: '', suffix: ', Ukraine (Reuters)', start: 0, end: 7 }, tags: ['dateline'] }),
        newAnnotation({ id: 'n-00000001', kind: 'note', entityType: undefined, note: 'Check: "12,000" or "1,200"?', anchor: { quote: '12,000', prefix: 'more than ', suffix: ' residents', start: 300, end: 306 } }),
      ],
    };
    const out = serializeSidecar(sidecar);
    assert.ok(out.startsWith('# Newsmark review of kherson-evacuation.txt.'));
    assert.ok(out.indexOf('n-00000002') < out.indexOf('n-00000001'), 'document order, not insertion order');
    const keys = out
      .split('\n')
      .map((l) => l.replace(/^ {2}- /, '    '))
      .filter((l) => /^ {4}[a-zA-Z]+:/.test(l))
      .slice(0, 9)
      .map((l) => l.trim().split(':')[0]);
    assert.deepEqual(keys, ['id', 'anchor', 'kind', 'entityType', 'status', 'tags', 'author', 'created', 'modified']);
    assert.ok(out.includes('    tags: [dateline]\n'));
    assert.ok(!out.includes('entityType: undefined'));
    const back = parsed(out).sidecar;
    assert.deepEqual(back.annotations.map((a) => a.id), ['n-00000002', 'n-00000001']);
    assert.equal(back.annotations[1].note, 'Check: "12,000" or "1,200"?');
  });

  const awkward: Array<[string, string]> = [
    ['line breaks in context', 'said.\r\n\r\nThe minister'],
    ['leading and trailing spaces', '  of the '],
    ['YAML-looking text', 'yes'],
    ['a number-like quote', '1.5'],
    ['a colon and hash', 'Note: # not a comment'],
    ['a very long line', 'The European Commission said '.repeat(20)],
    ['emoji and combining marks', 'Zelens\u0306kyi 🇺🇦 said'],
    ['leading dash and quote marks', '- "Yes," she said'],
  ];
  for (const [label, value] of awkward) {
    it(`round-trips awkward strings: ${label}`, () => {
      const annotation = newAnnotation({ anchor: { quote: value.trim() || 'x', prefix: value, suffix: value, start: 1, end: 2 }, note: value, tags: [value] });
      const out = serializeSidecar({ version: 1, article: 'a.txt', annotations: [annotation] });
      assert.deepEqual(parsed(out).sidecar.annotations[0], annotation);
      const anchorLines = out.split('\n').filter((l) => l.trimStart().startsWith('prefix:'));
      assert.equal(anchorLines.length, 1, 'prefix stays on one line');
    });
  }
});
