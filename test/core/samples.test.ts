// Guards the sample articles and their review sidecar: other tests rely on these exact texts and offsets.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ANNOTATION_KINDS, ENTITY_TYPES, REVIEW_STATUSES } from '../../src/core/model';
import { parseSidecar } from '../../src/core/sidecar/parseSidecar';
import { serializeSidecar } from '../../src/core/sidecar/serializeSidecar';

const SAMPLES = path.resolve(__dirname, '../../samples');
const SIDECAR_SUFFIX = '.annotations.yaml';
const MIN_WORDS = 300;
const MAX_WORDS = 700;
/** Sidecars carry "about 32 characters" of context; allow a little slack for surrogate-pair trimming. */
const MIN_CONTEXT = 24;
const MAX_CONTEXT = 40;
const MIN_ANNOTATIONS = 5;
const MAX_ANNOTATIONS = 8;

const readText = (file: string): string => readFileSync(path.join(SAMPLES, file), 'utf8');
const normaliseNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
/** Flags such as 🇪🇺 are pairs of regional indicators, which are not Extended_Pictographic. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const articles = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const sidecars = readdirSync(SAMPLES).filter((f) => f.endsWith(SIDECAR_SUFFIX)).sort();

describe('samples: articles', () => {
  it('holds at least four articles', () => {
    assert.ok(articles.length >= 4, `only ${articles.length} sample articles`);
  });

  for (const file of articles) {
    it(`${file} is ${MIN_WORDS}–${MAX_WORDS} words of valid text`, () => {
      const text = readText(file);
      const words = countWords(text);
      assert.ok(words >= MIN_WORDS && words <= MAX_WORDS, `${file} has ${words} words`);
      assert.ok(!text.includes('\uFFFD'), `${file} has a replacement character: not valid UTF-8`);
      assert.ok(!text.startsWith('\uFEFF'), `${file} starts with a BOM; offsets would shift by one`);
    });
  }

  it('exactly one article uses CRLF line endings, and it uses them throughout', () => {
    const crlf = articles.filter((f) => readText(f).includes('\r\n'));
    assert.equal(crlf.length, 1, `CRLF articles: ${crlf.join(', ')}`);
    const text = readText(crlf[0]);
    assert.equal(text.split('\n').length, text.split('\r\n').length, 'mixed line endings');
  });

  // Each row is a feature that integration tests elsewhere look for; the pattern must occur in some article.
  const FEATURES: Array<[string, RegExp]> = [
    ['dateline with country', /^LAGOS, Nigeria — /m],
    ['dateline with agency', /^[A-Z]+, [A-Z][a-z]+ \([A-Z]+\) — /m],
    ['dateline with hyphen', /^KYIV, Ukraine - /m],
    ['person, role after comma at sentence start', /(^|\. )Mykola Tkachuk, mayor of the besieged city/m],
    ['role after name', /Claire Dubois, an Élysée spokeswoman,/],
    ['role before name', /Élysée spokeswoman Claire Dubois/],
    ['title before name', /Foreign Minister Anna Lindqvist/],
    ['surname-only later mention', /Anna Lindqvist[\s\S]+\bLindqvist (is|told)\b/],
    ['three transliterations in one article', /Gaddafi[\s\S]*Qaddafi’s[\s\S]*Kadhafi/],
    ['hyphenated first name', /Jean-Pierre Lefèvre/],
    ['river', /\b(Dnipro|Danube|Rhine) River|the (Danube|Rhine)\b/],
    ['count with separator', /\b250,000\b/],
    ['count in words', /\bthree provinces\b/],
    ['vague count', /\b[Tt]ens of thousands\b/],
    ['percent in words', /\b64 per cent\b/],
    ['percent sign', /\b38%/],
    ['euro amount', /€120 million/],
    ['dollar amount', /\$4\.5bn/],
    ['sterling amount', /£20m\b/],
    ['abbreviated date', /\bJan\. 12\b/],
    ['weekday', /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/],
    ['straight quotation with attribution', /"[^"\n]+," [A-Z][a-z]+ said\./],
    ['curly quotation with attribution', /“[^”\n]+,” said /],
    ['single curly quotation', /‘[^’\n]+’/],
    ['told reporters', /\btold reporters\b/],
    ['photo caption', /\. \(Photo: [^)]+\)$/m],
    ['boilerplate: briefing', /^Sign up for our morning briefing\r?$/m],
    ['boilerplate: share', /^Share this article\r?$/m],
    ['URL', /https:\/\/[\w.-]+\/[\w/-]+/],
    ['emoji outside the BMP', EMOJI],
  ];
  const all = articles.map(readText);
  for (const [feature, pattern] of FEATURES) {
    it(`some article has: ${feature}`, () => {
      assert.ok(all.some((t) => pattern.test(t)), `no sample matches ${pattern}`);
    });
  }

  it('one article has an emoji and accented names together', () => {
    assert.ok(all.some((t) => EMOJI.test(t) && /[À-ÿ]/.test(t)));
  });
});

describe('samples: review sidecars', () => {
  it('there is at least one sidecar', () => {
    assert.ok(sidecars.length >= 1);
  });

  for (const sidecar of sidecars) {
    const doc = parse(readText(sidecar));
    const articleFile: string = doc.article;
    const raw = readText(articleFile);
    // Offsets and hash are defined on the LF-normalised text; the sidecar sits on an LF article so the two agree.
    const text = normaliseNewlines(raw);

    describe(sidecar, () => {
      it('names an article that exists next to it and is stored with LF endings', () => {
        assert.equal(sidecar, articleFile.replace(/\.txt$/, SIDECAR_SUFFIX));
        assert.equal(raw, text, `${articleFile} has CR characters; its sidecar offsets would be ambiguous`);
      });

      it('has version 1 and the hash of the LF-normalised text', () => {
        assert.equal(doc.version, 1);
        assert.equal(doc.textHash, `sha256:${sha256(text)}`);
      });

      it('is read by parseSidecar without errors or warnings, and a rewrite keeps the unknown field', () => {
        const result = parseSidecar(readText(sidecar));
        assert.ok(result.ok, result.ok ? '' : `${result.error.message} at ${result.error.line}:${result.error.column}`);
        assert.deepEqual(result.warnings, []);
        assert.equal(result.readOnly, false);
        assert.equal(result.sidecar.annotations.length, doc.annotations.length);
        assert.match(serializeSidecar(result.sidecar, result.doc), /x-desk: foreign/);
      });

      it('lists annotations in document order', () => {
        const starts: number[] = doc.annotations.map((a: { anchor: { start: number } }) => a.anchor.start);
        assert.deepEqual(starts, [...starts].sort((x, y) => x - y));
      });

      it(`has ${MIN_ANNOTATIONS}–${MAX_ANNOTATIONS} annotations with unique ids`, () => {
        const ids = doc.annotations.map((a: { id: string }) => a.id);
        assert.ok(ids.length >= MIN_ANNOTATIONS && ids.length <= MAX_ANNOTATIONS, `${ids.length} annotations`);
        assert.equal(new Set(ids).size, ids.length);
      });

      it('covers each review situation the desk uses', () => {
        const anns: any[] = doc.annotations;
        assert.ok(anns.some((a) => a.entityType === 'FIGURE' && a.status === 'verified'), 'verified figure');
        assert.ok(anns.some((a) => a.status === 'disputed' && a.note), 'disputed with a note');
        assert.ok(anns.some((a) => a.status === 'needs-source'), 'needs-source');
        assert.ok(anns.some((a) => a.kind === 'alias' && a.aliasOf === 'Muammar Gaddafi'), 'alias of Gaddafi');
        assert.ok(anns.some((a) => a.kind === 'not-entity'), 'not-entity');
        assert.ok(anns.some((a) => a.replies.length > 0), 'a reply');
      });

      for (const a of doc.annotations) {
        it(`${a.id} "${a.anchor.quote}" sits exactly at [${a.anchor.start}, ${a.anchor.end})`, () => {
          const { quote, prefix, suffix, start, end } = a.anchor;
          assert.equal(text.slice(start, end), quote);
          assert.equal(text.slice(start - prefix.length, start), prefix);
          assert.equal(text.slice(end, end + suffix.length), suffix);
          for (const context of [prefix, suffix]) {
            assert.ok(context.length >= MIN_CONTEXT && context.length <= MAX_CONTEXT, `context length ${context.length}`);
          }
        });

        it(`${a.id} uses the shared vocabulary`, () => {
          assert.ok((ANNOTATION_KINDS as readonly string[]).includes(a.kind), a.kind);
          assert.ok((REVIEW_STATUSES as readonly string[]).includes(a.status), a.status);
          if (a.entityType !== undefined) assert.ok((ENTITY_TYPES as readonly string[]).includes(a.entityType), a.entityType);
          assert.ok(Array.isArray(a.tags) && Array.isArray(a.replies));
          for (const stamp of [a.created, a.modified, ...a.replies.map((r: { created: string }) => r.created)]) {
            assert.ok(!Number.isNaN(Date.parse(stamp)), `bad timestamp ${stamp}`);
          }
        });
      }
    });
  }
});

describe('samples: newsroom gazetteer', () => {
  const file = path.join(SAMPLES, '.newsmark', 'gazetteer.yaml');

  it('lists 3–4 well-formed entries', () => {
    assert.ok(existsSync(file), `${file} is missing`);
    const { entries } = parse(readFileSync(file, 'utf8'));
    assert.ok(entries.length >= 3 && entries.length <= 4, `${entries.length} entries`);
    for (const e of entries) {
      assert.equal(typeof e.name, 'string');
      assert.ok((ENTITY_TYPES as readonly string[]).includes(e.type), e.type);
      assert.ok(Array.isArray(e.aliases) && e.aliases.length > 0, `${e.name} has no aliases`);
      assert.equal(typeof e.description, 'string');
    }
  });

  it('knows every Gaddafi spelling used in the samples', () => {
    const { entries } = parse(readFileSync(file, 'utf8'));
    const gaddafi = entries.find((e: { name: string }) => e.name === 'Muammar Gaddafi');
    for (const variant of ['Qaddafi', 'Kadhafi']) assert.ok(gaddafi.aliases.includes(variant), variant);
  });
});
