// Runs the bundled integration suites with mocha inside a VS Code extension host and collects plain-JSON results.
// Shared by the code-server runner extension and the @vscode/test-electron entry, so both run the suites the same way.
import Mocha from 'mocha';

export interface TestOutcome {
  /** The test's own title. */
  title: string;
  /** Suite titles and the test title, space-separated (mocha's fullTitle). */
  fullTitle: string;
  durationMs?: number;
  error?: string;
  stack?: string;
}

export interface RunResults {
  passes: TestOutcome[];
  failures: TestOutcome[];
  pending: TestOutcome[];
  durationMs: number;
  /** Filled in by the caller, which has the vscode API. */
  vscodeVersion?: string;
}

export type ProgressEvent = { state: 'pass' | 'fail' | 'pending' } & TestOutcome;

export interface RunOptions {
  /** Only tests whose full title matches this (a RegExp source). */
  grep?: string;
  /** Per-test timeout; generous because the first activation in a fresh host takes seconds. */
  timeoutMs?: number;
  /** Called as each test finishes, so a runner outside the host can show progress or where it hung. */
  onProgress?: (event: ProgressEvent) => void;
}

function outcome(test: Mocha.Runnable, err?: any): TestOutcome {
  const o: TestOutcome = { title: test.title, fullTitle: test.fullTitle(), durationMs: test.duration };
  if (err) {
    o.error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    if (err && typeof err.stack === 'string') o.stack = err.stack;
  }
  return o;
}

/** Loads `suitesFile` (a CommonJS bundle using describe/it) and runs it; never rejects for test failures. */
export function runSuites(suitesFile: string, options: RunOptions = {}): Promise<RunResults> {
  const started = Date.now();
  const mocha = new Mocha({
    ui: 'bdd',
    // The spec reporter's output lands in the extension host's log (and test-electron's console).
    reporter: 'spec',
    color: false,
    timeout: options.timeoutMs ?? 60_000,
    grep: options.grep ? new RegExp(options.grep) : undefined,
  });
  const results: RunResults = { passes: [], failures: [], pending: [], durationMs: 0 };
  const report = (state: ProgressEvent['state'], o: TestOutcome) => {
    ({ pass: results.passes, fail: results.failures, pending: results.pending })[state].push(o);
    options.onProgress?.({ state, ...o });
  };

  // What Mocha#loadFiles does, without its file bookkeeping: expose describe/it as globals, then
  // require the bundle (with the host's real require: the path is only known at run time).
  mocha.suite.emit('pre-require', globalThis, suitesFile, mocha);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(suitesFile);
    mocha.suite.emit('require', exported, suitesFile, mocha);
  } catch (err) {
    // A suite that throws at load time would otherwise surface as "0 passing", which reads as success.
    report('fail', { title: `load ${suitesFile}`, fullTitle: `loading the suites bundle ${suitesFile}`, ...errorFields(err) });
    results.durationMs = Date.now() - started;
    return Promise.resolve(results);
  }
  mocha.suite.emit('post-require', globalThis, suitesFile, mocha);

  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      results.durationMs = Date.now() - started;
      resolve(results);
    });
    runner.on('pass', (test) => report('pass', outcome(test)));
    // 'fail' also fires for hooks (before/after each); they count as failures, titled like mocha does.
    runner.on('fail', (test, err) => report('fail', outcome(test, err)));
    runner.on('pending', (test) => report('pending', outcome(test)));
  });
}

function errorFields(err: unknown): Pick<TestOutcome, 'error' | 'stack'> {
  if (err instanceof Error) return { error: `${err.name}: ${err.message}`, stack: err.stack };
  return { error: String(err) };
}
