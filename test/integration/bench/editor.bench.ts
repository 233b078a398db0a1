// Editor benchmark suite, run inside the real VS Code extension host by bench/editor.bench.js: open-to-highlight and typing latency.
// Each figure has a baseline from the same run: the same text in a file Newsmark is told to ignore (`newsmark.files`),
// so the difference is Newsmark's own cost. Raw samples go to $NEWSMARK_BENCH_OUT; bench/editor.bench.js prints the table.
import * as fs from 'fs';
import * as path from 'path';
import { Session } from 'inspector';
import { monitorEventLoopDelay, performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { activateNewsmark, closeAllEditors, TEST_STATE_COMMAND, waitFor, workspaceRoot } from '../suites/helpers';
import { benchArticle, LARGE_ARTICLE_CHARS, OPEN_ARTICLE_WORDS } from './benchArticle';

/** Newsmark analyses only this folder during the benchmark; `baseline/` holds the same texts, untouched by it. */
const ANALYSED_DIR = 'bench-articles';
const BASELINE_DIR = 'bench-baseline';
const ANALYSED_GLOB = `**/${ANALYSED_DIR}/*.txt`;

const OPEN_RUNS = Number(process.env.NEWSMARK_BENCH_OPEN_RUNS) || 7;
/** Opens before the measured ones: the first open in a fresh host pays for loading and JIT-compiling code. */
const OPEN_WARMUPS = 2;
const KEYSTROKES = Number(process.env.NEWSMARK_BENCH_KEYSTROKES) || 25;
/** Keystrokes before the measured ones: VS Code's first edits of a large document set up its undo and view state. */
const KEYSTROKE_WARMUPS = 3;
/**
 * Time between keystrokes. Longer than the default debounce (150 ms), so re-analysis runs between
 * two keystrokes and a slow one delays the next: the worst case for an editor who types, pauses, types.
 */
const KEYSTROKE_INTERVAL_MS = 250;
const REHIGHLIGHT_RUNS = Number(process.env.NEWSMARK_BENCH_REHIGHLIGHT_RUNS) || 12;
/** How often the suite asks Newsmark whether a version is painted; small, and the query is a map lookup. */
const POLL_MS = 2;
/** Resolution of the event-loop delay histogram that catches the longest time the host could not answer. */
const LOOP_RESOLUTION_MS = 5;
/** A pause after writing the 1 MB files, for the file watcher's events; the only sleep that is not a cadence. */
const SETTLE_MS = 2000;
/** What the suite types in the 1 MB article, one character per keystroke. */
const TYPED = ' according to two officials who asked not to be named';

type Samples = number[];
interface OpenResult {
  runs: number;
  words: number;
  /** Newsmark on: from openTextDocument to the first paint of that version's highlights. */
  openToHighlightMs: Samples;
  /** Newsmark on: from openTextDocument until showTextDocument resolved (paint may come later). */
  showMsAnalysed: Samples;
  /** Baseline: the same text in an ignored file, openTextDocument until showTextDocument resolved. */
  showMsBaseline: Samples;
  highlightedSpans: number;
}
interface TypingMode {
  /** Scheduled keystroke time until the edit resolved: includes waiting for a host busy with re-analysis. */
  keystrokeMs: Samples;
  /** The edit call alone, from the moment it was made until it resolved. */
  editCallMs: Samples;
  /** Longest stretch (ms) the extension host's event loop could not run anything while typing. */
  loopMaxMs: number;
  loopP99Ms: number;
}
interface TypingResult {
  chars: number;
  debounceMs: number;
  intervalMs: number;
  openToHighlightMs: number;
  /** Baseline: the 1 MB text in an ignored file, openTextDocument until showTextDocument resolved. */
  showMsBaseline: number;
  analysed: TypingMode;
  baseline: TypingMode;
  /** Newsmark on: from a keystroke until its version's highlights are painted (debounce included). */
  rehighlightMs: Samples;
  /** For the same keystrokes: the engine's share and the painting's share (DecorationsFeature's own record). */
  engineMs: Samples;
  paintMs: Samples;
}

const results: { vscodeVersion: string; runtime?: unknown; open?: OpenResult; typing?: TypingResult; errors: string[] } = {
  vscodeVersion: vscode.version,
  errors: [],
};

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

function fileIn(dir: string, name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), dir, name);
}

function writeArticle(uri: vscode.Uri, text: string): void {
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text);
}

/** Newsmark's record of its first paint of a document version (see DecorationsFeature.drawTimes). */
interface Paint {
  version: number;
  at: number;
  analysisMs: number;
  paintMs: number;
}

/** When and how Newsmark first painted `version` of `uri`, or null if it has not (yet). Asks for that one cheap part of the test state. */
async function paintOf(uri: vscode.Uri, version: number): Promise<Paint | null> {
  const state = await vscode.commands.executeCommand<{ decorationTimes?: Record<string, Paint> }>(TEST_STATE_COMMAND, { part: 'decorationTimes' });
  const t = state?.decorationTimes?.[uri.toString()];
  return t && t.version === version ? t : null;
}

async function waitForPaint(uri: vscode.Uri, version: number, what: string): Promise<Paint> {
  return waitFor(() => paintOf(uri, version), { timeout: 30_000, interval: POLL_MS, message: `Newsmark to paint ${what} (version ${version})` });
}

async function setNewsmark(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsmark').update(key, value, vscode.ConfigurationTarget.Global);
}

async function open(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; started: number; shown: number }> {
  const started = now();
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { editor, started, shown: now() };
}

/**
 * With NEWSMARK_BENCH_CPU_PROFILE=DIR, profiles this extension host (Newsmark runs in it) while `fn`
 * runs and writes DIR/NAME.cpuprofile, to see where re-analysis time goes; otherwise just runs `fn`.
 */
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const dir = process.env.NEWSMARK_BENCH_CPU_PROFILE;
  if (!dir) return fn();
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<any>((resolve, reject) => session.post(method, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/**
 * Types TYPED (cycled) into `editor`, one keystroke KEYSTROKE_INTERVAL_MS after the previous one
 * finished. A keystroke's latency counts from when it was due, so time spent waiting for a host busy
 * with re-analysis (the timer fires late) counts; a slow one does not push back all later ones.
 */
async function typeAtCadence(editor: vscode.TextEditor, at: vscode.Position): Promise<TypingMode> {
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  const keystrokeMs: Samples = [];
  const editCallMs: Samples = [];
  let offset = editor.document.offsetAt(at);
  let previous = now();
  for (let i = -KEYSTROKE_WARMUPS; i < KEYSTROKES; i++) {
    const due = previous + KEYSTROKE_INTERVAL_MS;
    await sleep(due - now());
    const ch = TYPED[(i + TYPED.length) % TYPED.length];
    const called = now();
    const ok = await editor.edit((b) => b.insert(editor.document.positionAt(offset), ch), { undoStopBefore: false, undoStopAfter: false });
    const done = now();
    if (!ok) throw new Error(`keystroke ${i} was rejected by the editor`);
    offset += ch.length;
    previous = done;
    if (i === -1) loop.enable();
    if (i < 0) continue;
    keystrokeMs.push(done - due);
    editCallMs.push(done - called);
  }
  // Let the last keystroke's debounced re-analysis run inside the measured window too.
  await sleep(KEYSTROKE_INTERVAL_MS * 2);
  loop.disable();
  const ms = (ns: number) => ns / 1e6;
  return { keystrokeMs, editCallMs, loopMaxMs: ms(loop.max), loopP99Ms: ms(loop.percentile(99)) };
}

describe('editor benchmark', function () {
  // Generous: a 2-core machine building and opening a 1 MB article in a cold host.
  this.timeout(180_000);

  before(async () => {
    await activateNewsmark();
    await closeAllEditors();
    await setNewsmark('files', [ANALYSED_GLOB]);
    results.runtime = (await vscode.commands.executeCommand<{ runtime?: unknown }>(TEST_STATE_COMMAND, { part: 'runtime' }))?.runtime;
  });

  after(async () => {
    await closeAllEditors().catch((e) => results.errors.push(String(e)));
    await setNewsmark('files', undefined);
    const out = process.env.NEWSMARK_BENCH_OUT;
    if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  });

  it(`opens a ${OPEN_ARTICLE_WORDS.toLocaleString('en-US')}-word article and paints its highlights`, async () => {
    const r: OpenResult = { runs: OPEN_RUNS, words: 0, openToHighlightMs: [], showMsAnalysed: [], showMsBaseline: [], highlightedSpans: 0 };
    for (let i = 0; i < OPEN_WARMUPS + OPEN_RUNS; i++) {
      // A new article per run: the engine caches paragraphs, and a reopened text would be measured warm.
      const text = benchArticle(1000 + i, { minWords: OPEN_ARTICLE_WORDS });
      r.words = text.split(/\s+/).filter(Boolean).length;
      const name = `open-${i}.txt`;
      writeArticle(fileIn(BASELINE_DIR, name), text);
      writeArticle(fileIn(ANALYSED_DIR, name), text);
      // Which goes first alternates, so drift (GC, the file watcher seeing new files, other load) hits both alike.
      const openBaseline = async () => {
        const b = await open(fileIn(BASELINE_DIR, name));
        await closeAllEditors();
        return b;
      };
      const base = i % 2 ? await openBaseline() : undefined;
      const mine = await open(fileIn(ANALYSED_DIR, name));
      const painted = (await waitForPaint(mine.editor.document.uri, mine.editor.document.version, name)).at;
      await closeAllEditors();
      const baseResult = base ?? (await openBaseline());
      if (i >= OPEN_WARMUPS) {
        r.showMsBaseline.push(baseResult.shown - baseResult.started);
        r.showMsAnalysed.push(mine.shown - mine.started);
        r.openToHighlightMs.push(painted - mine.started);
      }
      if (i === OPEN_WARMUPS + OPEN_RUNS - 1) {
        // What was painted stays in the record after the editor closed.
        const state = await vscode.commands.executeCommand<{ decorations: Record<string, Record<string, unknown[]>> }>(TEST_STATE_COMMAND);
        const applied = state.decorations[mine.editor.document.uri.toString()] ?? {};
        r.highlightedSpans = ['PERSON', 'PLACE', 'ORG', 'FIGURE'].reduce((n, t) => n + (applied[t]?.length ?? 0), 0);
        if (r.highlightedSpans === 0) throw new Error(`${name} was painted with no highlights: the benchmark would measure nothing`);
      }
      await closeAllEditors();
    }
    results.open = r;
  });

  it('types in a 1 MB article with Newsmark on and off', async () => {
    const text = benchArticle(7, { minChars: LARGE_ARTICLE_CHARS });
    writeArticle(fileIn(BASELINE_DIR, 'large.txt'), text);
    writeArticle(fileIn(ANALYSED_DIR, 'large.txt'), text);
    writeArticle(fileIn(BASELINE_DIR, 'warm-up.txt'), text);
    // VS Code's file watcher reports three new 1 MB files; let that pass so neither side pays for it.
    await sleep(SETTLE_MS);
    // The middle of the article, at the end of a paragraph's first sentence: the edit changes one paragraph.
    const middle = text.indexOf('. ', text.length >> 1);
    const debounceMs = vscode.workspace.getConfiguration('newsmark').get<number>('debounceMs', 150);

    // VS Code's first 1 MB document (buffers, view layout) costs more than the next: pay that on a third copy.
    await open(fileIn(BASELINE_DIR, 'warm-up.txt'));
    await closeAllEditors();

    const base = await open(fileIn(BASELINE_DIR, 'large.txt'));
    const baseline = await typeAtCadence(base.editor, base.editor.document.positionAt(middle));
    await closeAllEditors();

    const mine = await open(fileIn(ANALYSED_DIR, 'large.txt'));
    const doc = mine.editor.document;
    const openToHighlightMs = (await waitForPaint(doc.uri, doc.version, 'large.txt')).at - mine.started;
    const analysed = await profiled('typing', () => typeAtCadence(mine.editor, doc.positionAt(middle)));

    const rehighlightMs: Samples = [];
    const engineMs: Samples = [];
    const paintMs: Samples = [];
    let offset = middle + KEYSTROKE_WARMUPS + KEYSTROKES;
    await profiled('rehighlight', async () => {
      for (let i = 0; i < REHIGHLIGHT_RUNS; i++) {
        const started = now();
        await mine.editor.edit((b) => b.insert(doc.positionAt(offset++), TYPED[i % TYPED.length]), { undoStopBefore: false, undoStopAfter: false });
        const paint = await waitForPaint(doc.uri, doc.version, `large.txt after keystroke ${i}`);
        rehighlightMs.push(paint.at - started);
        engineMs.push(paint.analysisMs);
        paintMs.push(paint.paintMs);
      }
    });
    await closeAllEditors();
    const showMsBaseline = base.shown - base.started;
    results.typing = { chars: text.length, debounceMs, intervalMs: KEYSTROKE_INTERVAL_MS, openToHighlightMs, showMsBaseline, analysed, baseline, rehighlightMs, engineMs, paintMs };
  });
});
