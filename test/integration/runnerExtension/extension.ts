// Test-only extension: when NEWSMARK_TEST_RESULTS is set, runs the integration suites in this extension host and writes JSON results.
// Why an extension: code-server ignores VS Code's extensionTestsPath, but an installed extension that
// activates on startup gets the real API and the environment of the code-server process.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { runSuites, RunResults } from '../mochaRun';
import { closeAllEditors } from '../suites/helpers';

export function activate(): void {
  const resultsFile = process.env.NEWSMARK_TEST_RESULTS;
  if (!resultsFile) return;
  // A reloaded window restarts the extension host; running the suites twice would mix two runs.
  if (fs.existsSync(resultsFile) || fs.existsSync(progressFileOf(resultsFile))) return;
  // Not awaited: activation should finish promptly; the outer runner waits for the results file.
  void run(resultsFile);
}

export function deactivate(): void {
  // Nothing to release: results are written as soon as the run ends.
}

function progressFileOf(resultsFile: string): string {
  return `${resultsFile}.progress.jsonl`;
}

async function run(resultsFile: string): Promise<void> {
  const progressFile = progressFileOf(resultsFile);
  fs.writeFileSync(progressFile, '');
  let results: RunResults;
  try {
    const suites = process.env.NEWSMARK_TEST_SUITES;
    if (!suites) throw new Error('NEWSMARK_TEST_SUITES (path of dist-test/integration/suites.js) is not set');
    results = await runSuites(suites, {
      grep: process.env.NEWSMARK_TEST_GREP || undefined,
      // Appended synchronously so the outer runner sees each test as it ends, even if a later one hangs.
      onProgress: (event) => fs.appendFileSync(progressFile, JSON.stringify(event) + '\n'),
    });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    results = {
      passes: [],
      failures: [{ title: 'run', fullTitle: 'test runner extension', error: `${e.name}: ${e.message}`, stack: e.stack }],
      pending: [],
      durationMs: 0,
    };
  }
  results.vscodeVersion = vscode.version;
  // The UI tests run next in the same window: start them from an empty editor area. Bounded,
  // because a modal dialog (e.g. a save prompt) must not keep the results from being written.
  await Promise.race([closeAllEditors().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
  // Write then rename, so the runner never reads a half-written file.
  const tmp = `${resultsFile}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(results, null, 2));
  fs.renameSync(tmp, resultsFile);
}
