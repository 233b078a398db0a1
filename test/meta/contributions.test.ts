// Checks package.json's contributions against the code: every command and setting has its handler, and the reverse.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI_VERSION } from '../../src/cli/version';
import { REVIEWER_PALETTE_SIZE } from '../../src/core/review/authorColorIndex';
import { CommandIds } from '../../src/editor/commandIds';
import { CONFIG_SECTION, SettingKeys } from '../../src/editor/settingKeys';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const extensionSource = fs.readFileSync(path.join(root, 'src/extension.ts'), 'utf8');

describe('package.json contributions', () => {
  const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
  const handled = Object.values(CommandIds) as string[];

  it('contributes every command the code registers', () => {
    assert.deepEqual(handled.filter((id) => !contributed.includes(id)), []);
  });

  it('registers a handler for every contributed command', () => {
    assert.deepEqual(contributed.filter((id) => !handled.includes(id)), []);
  });

  it('wires every command id in the one table in src/extension.ts', () => {
    const keys = Object.keys(CommandIds).filter((k) => !new RegExp(`\\[CommandIds\\.${k}\\]\\s*:`).test(extensionSource));
    assert.deepEqual(keys, []);
  });

  it('refers only to contributed commands in menus and keybindings', () => {
    const referenced = new Set<string>();
    for (const items of Object.values(pkg.contributes.menus) as Array<Array<{ command: string }>>) for (const item of items) referenced.add(item.command);
    for (const kb of pkg.contributes.keybindings) referenced.add(kb.command);
    assert.deepEqual([...referenced].filter((id) => !contributed.includes(id)), []);
  });

  it('declares exactly the settings the config module reads', () => {
    const declared = Object.keys(pkg.contributes.configuration.properties).sort();
    const read = Object.values(SettingKeys).map((k) => `${CONFIG_SECTION}.${k}`).sort();
    assert.deepEqual(declared, read);
  });

  it('gives every setting a default and a description', () => {
    for (const [key, spec] of Object.entries(pkg.contributes.configuration.properties) as Array<[string, Record<string, unknown>]>) {
      assert.ok('default' in spec, `${key} has no default`);
      assert.ok(spec.description || spec.markdownDescription, `${key} has no description`);
    }
  });

  it('contributes every theme colour the decorations use, for light, dark and high contrast', () => {
    const colors = new Map<string, { defaults: Record<string, string | null> }>(pkg.contributes.colors.map((c: { id: string }) => [c.id, c]));
    const used = [...fs.readFileSync(path.join(root, 'src/editor/DecorationsFeature.ts'), 'utf8').matchAll(/'(newsmark\.[A-Za-z]+)'/g)].map((m) => m[1]);
    assert.ok(used.length >= 12, `found ${used.length} colour ids`);
    for (const id of used) {
      const c = colors.get(id);
      assert.ok(c, `${id} is not contributed`);
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight']) assert.ok(theme in c!.defaults, `${id} lacks ${theme}`);
    }
  });

  it('contributes one colour per reviewer palette slot, and no more', () => {
    const ids = pkg.contributes.colors.map((c: { id: string }) => c.id).filter((id: string) => /^newsmark\.reviewer\d+$/.test(id)).sort();
    assert.deepEqual(ids, Array.from({ length: REVIEWER_PALETTE_SIZE }, (_, i) => `newsmark.reviewer${i + 1}`).sort());
  });

  it('keeps the CLI version in step with package.json', () => {
    assert.equal(CLI_VERSION, pkg.version);
  });
});
