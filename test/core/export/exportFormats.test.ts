import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { buildSync } from 'esbuild';
import { EXPORT_FORMATS, exportFormat } from '../../../src/core/export/exportFormats';
import { newsInput } from './newsFixture';

const ENTRY = path.resolve(__dirname, '../../../src/core/export/exportFormats.ts');

describe('EXPORT_FORMATS', () => {
  it('offers each of the seven formats once, with a dotted extension, label and description', () => {
    assert.deepEqual(EXPORT_FORMATS.map((f) => f.id), ['csv', 'json', 'w3c', 'brat', 'conll', 'markdown', 'html']);
    for (const f of EXPORT_FORMATS) {
      assert.match(f.extension, /^\.[a-z]+$/);
      assert.ok(f.label.length > 0 && f.description.length > 0);
    }
  });

  it('finds a format by id, or null', () => {
    assert.equal(exportFormat('brat')?.extension, '.ann');
    assert.equal(exportFormat('xlsx'), null);
  });

  it('bundles for the browser and gives the same output where there is no Buffer, process or require', function () {
    this.timeout(30_000);
    const bundle = buildSync({ entryPoints: [ENTRY], bundle: true, platform: 'browser', format: 'iife', globalName: 'newsmarkExports', write: false, logLevel: 'silent' });
    const code = bundle.outputFiles[0].text;
    // A fresh V8 context has the language built-ins (Intl included) but none of Node's globals.
    const sandbox: Record<string, unknown> = {};
    vm.runInNewContext(`${code};\nthis.result = newsmarkExports;`, sandbox);
    const browser = sandbox.result as { EXPORT_FORMATS: typeof EXPORT_FORMATS };
    const input = newsInput();
    for (const f of EXPORT_FORMATS) {
      const there = browser.EXPORT_FORMATS.find((x) => x.id === f.id)!;
      assert.equal(there.render(structuredClone(input)), f.render(input), f.id);
    }
  });
});
