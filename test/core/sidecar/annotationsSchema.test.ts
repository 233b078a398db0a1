// Checks schemas/annotations.schema.json with a real validator (ajv) and that it agrees with parseSidecar.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import schema from '../../../schemas/annotations.schema.json';
import { parseSidecar } from '../../../src/core/sidecar/parseSidecar';
import { serializeSidecar } from '../../../src/core/sidecar/serializeSidecar';
import { loadFixtures } from './fixtures';

const SAMPLES_DIR = path.resolve(__dirname, '../../../samples');

/** Rules JSON Schema (draft-07) cannot state, which only parseSidecar enforces. */
const PARSER_ONLY = new Set(['duplicate-id.annotations.yaml', 'end-before-start.annotations.yaml']);
/** Not YAML at all, so there is nothing for the schema to judge. */
const NOT_YAML = new Set(['syntax-error.annotations.yaml']);

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

function samples(): Array<{ name: string; text: string }> {
  if (!fs.existsSync(SAMPLES_DIR)) return [];
  return fs
    .readdirSync(SAMPLES_DIR)
    .filter((n) => n.endsWith('.annotations.yaml'))
    .map((name) => ({ name, text: fs.readFileSync(path.join(SAMPLES_DIR, name), 'utf8') }));
}

describe('annotations.schema.json', () => {
  it('is a valid draft-07 schema', () => {
    assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
  });

  for (const fixture of [...loadFixtures('valid'), ...samples()]) {
    it(`accepts ${fixture.name}, as parseSidecar does`, () => {
      const data = parseDocument(fixture.text).toJS();
      assert.ok(validate(data), JSON.stringify(validate.errors));
      assert.ok(parseSidecar(fixture.text).ok);
    });
  }

  for (const fixture of loadFixtures('invalid').filter((f) => !NOT_YAML.has(f.name))) {
    const schemaToo = !PARSER_ONLY.has(fixture.name);
    it(`${schemaToo ? 'rejects' : 'leaves to the parser'} ${fixture.name}, which parseSidecar rejects`, () => {
      assert.equal(parseSidecar(fixture.text).ok, false);
      const data = parseDocument(fixture.text).toJS();
      assert.equal(validate(data), !schemaToo, JSON.stringify(validate.errors));
    });
  }

  it('accepts what serializeSidecar writes', () => {
    const [lagos] = loadFixtures('valid').filter((f) => f.name === 'lagos-vote.annotations.yaml');
    const parsed = parseSidecar(lagos.text);
    assert.ok(parsed.ok);
    const fresh = serializeSidecar(parsed.sidecar);
    assert.ok(validate(parseDocument(fresh).toJS()), JSON.stringify(validate.errors));
  });
});
