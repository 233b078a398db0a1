import assert from 'node:assert/strict';
import { Document, parseDocument } from 'yaml';
import { rememberSource, sourceText } from '../../../src/core/sidecar/sourceText';

describe('sourceText', () => {
  it('gives back the text a document was recorded with', () => {
    const text = 'version: 1   # aligned comment\narticle: kyiv.txt\n';
    const doc = parseDocument(text);
    rememberSource(doc, text);
    assert.equal(sourceText(doc), text);
  });

  it('is null for a document built in memory or never recorded', () => {
    assert.equal(sourceText(new Document({ version: 1 })), null);
    assert.equal(sourceText(parseDocument('version: 1\n')), null);
  });

  it('does not follow a clone, which may be edited', () => {
    const doc = parseDocument('version: 1\n');
    rememberSource(doc, 'version: 1\n');
    assert.equal(sourceText(doc.clone()), null);
  });
});
