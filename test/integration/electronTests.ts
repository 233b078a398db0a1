// Entry for @vscode/test-electron's extensionTestsPath: runs the same suites bundle as the code-server runner, in desktop VS Code.
import * as path from 'path';
import * as vscode from 'vscode';
import { runSuites } from './mochaRun';

/** Called by VS Code once the development extension is loaded; a rejection marks the run failed. */
export async function run(): Promise<void> {
  // Bundled next to suites.js in dist-test/integration/.
  const suites = process.env.NEWSMARK_TEST_SUITES || path.join(__dirname, 'suites.js');
  const results = await runSuites(suites, { grep: process.env.NEWSMARK_TEST_GREP || undefined });
  console.log(`VS Code ${vscode.version}`);
  console.log(`${results.passes.length} passed, ${results.failures.length} failed`);
  if (results.failures.length > 0) throw new Error(`${results.failures.length} integration test(s) failed`);
  if (results.passes.length === 0) throw new Error('no integration test ran');
}
