// Runs the `article` TextMate grammar tests through a real engine and checks the language configuration's word rules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'article.tmLanguage.json');
const CASES_DIR = path.join(ROOT, 'test', 'grammar');
const CLI = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const SCOPE_NAME = 'text.article.newsmark';
/** Each case file should pin a real number of scopes, not just parse. */
const MIN_ASSERTIONS_PER_FILE = 10;
const ASSERTION_LINE = /^#\s*(\^+|<~*-+)/;

function runGrammarTests(...cases: string[]): { status: number | null; output: string } {
  // Explicit --config: the shared package.json need not contribute the grammar for these tests to run.
  const config = path.join(mkdtempSync(path.join(tmpdir(), 'newsmark-tm-')), 'package.json');
  writeFileSync(config, '{}');
  const result = spawnSync(process.execPath, [CLI, '--config', config, '-g', GRAMMAR, ...cases], { cwd: ROOT, encoding: 'utf8' });
  rmSync(path.dirname(config), { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('article grammar (vscode-tmgrammar-test)', function () {
  this.timeout(60_000);
  const caseFiles = readdirSync(CASES_DIR).filter((f) => f.endsWith('.article.txt')).sort();

  it('has a grammar with the agreed scope name', () => {
    assert.equal(JSON.parse(readFileSync(GRAMMAR, 'utf8')).scopeName, SCOPE_NAME);
  });

  for (const file of caseFiles) {
    it(`${file} declares the scope and at least ${MIN_ASSERTIONS_PER_FILE} assertions`, () => {
      const lines = readFileSync(path.join(CASES_DIR, file), 'utf8').split('\n');
      assert.match(lines[0], new RegExp(`^# SYNTAX TEST "${SCOPE_NAME.replace(/\./g, '\\.')}"`));
      const count = lines.filter((l) => ASSERTION_LINE.test(l)).length;
      assert.ok(count >= MIN_ASSERTIONS_PER_FILE, `${file}: only ${count} assertions`);
    });
  }

  it('passes every case file', () => {
    const { status, output } = runGrammarTests(...caseFiles.map((f) => path.join('test', 'grammar', f)));
    assert.equal(status, 0, output);
    for (const file of caseFiles) assert.match(output, new RegExp(`${file.replace(/\./g, '\\.')} run successfuly`));
  });

  it('fails when a scope is wrong, so the assertions are really checked', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsmark-tm-case-'));
    try {
      const broken = path.join(dir, 'broken.article.txt');
      writeFileSync(
        broken,
        [
          `# SYNTAX TEST "${SCOPE_NAME}" "deliberately wrong"`,
          '"We will not leave," Tkachuk said.',
          '#                            ^^^^ string.quoted.double.article',
          '',
        ].join('\n'),
      );
      const { status, output } = runGrammarTests(broken);
      assert.notEqual(status, 0, output);
      assert.match(output, /missing required scopes: string\.quoted\.double\.article/);
      assert.match(output, /keyword\.other\.attribution\.article/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('article grammar on the sample articles', function () {
  this.timeout(60_000);
  const SAMPLES = path.join(ROOT, 'samples');
  const DATELINE = 'entity.name.section.dateline.article';
  const FIGURE = 'constant.numeric.figure.article';
  const DATELINES: Record<string, string> = {
    'lagos-vote.txt': 'LAGOS, Nigeria —',
    'libya-sirte-clashes.txt': 'TRIPOLI, Libya (NMW) —',
    'eu-defence-fund.txt': 'BRUSSELS (NMW) —',
    'harrow-grain-takeover.txt': 'LONDON —',
    'kherson-evacuation.txt': 'KYIV, Ukraine -',
  };
  const FIGURES = ['$4.5bn', '€120 million', '£20m', '300 million kronor', '38%', '64 per cent', '250,000', 'ens of thousands', 'Jan. 12', '1.2 million'];
  const BOILERPLATE = /^(Advertisement|Share this article|Sign up for our morning briefing|Read more: .*)$/;
  const CAPTION = /\(Photo: [^)]*\)$/;
  const URL = /https:\/\/[^\s]*[^\s.]/g;

  /** An assertion line marking `length` code units from `column` (column 0 needs the `<-` form). */
  const mark = (column: number, length: number, scope: string): string =>
    column === 0 ? `#<${'-'.repeat(length)} ${scope}` : `#${' '.repeat(column - 1)}${'^'.repeat(length)} ${scope}`;

  /** Turns a sample into a grammar test case whose expectations come from the text, not from the grammar. */
  function caseFor(file: string): { text: string; assertions: number } {
    const out = [`# SYNTAX TEST "${SCOPE_NAME}" "${file}"`];
    let assertions = 0;
    const push = (line: string) => {
      out.push(line);
      assertions += line.startsWith('#') ? 1 : 0;
    };
    for (const line of readFileSync(path.join(SAMPLES, file), 'utf8').split(/\r?\n/)) {
      push(line);
      const dateline = DATELINES[file];
      if (dateline && line.startsWith(dateline)) push(mark(0, dateline.length, DATELINE));
      if (BOILERPLATE.test(line)) push(mark(0, line.length, 'comment.line.boilerplate.article'));
      if (CAPTION.test(line)) {
        push(mark(0, line.length, 'comment.line.caption.article'));
        continue; // a caption's own figures are furniture, not story figures
      }
      for (const m of line.matchAll(URL)) push(mark(m.index, m[0].length, 'markup.underline.link.article'));
      for (const figure of FIGURES) {
        for (let at = line.indexOf(figure); at >= 0; at = line.indexOf(figure, at + 1)) push(mark(at, figure.length, FIGURE));
      }
    }
    return { text: `${out.join('\n')}\n`, assertions };
  }

  it('scopes datelines, figures, captions, boilerplate and links in every sample, CRLF included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsmark-tm-samples-'));
    try {
      let total = 0;
      const files = Object.keys(DATELINES).map((file) => {
        const { text, assertions } = caseFor(file);
        total += assertions;
        const target = path.join(dir, file.replace(/\.txt$/, '.article.txt'));
        writeFileSync(target, text);
        return target;
      });
      assert.equal(files.length, readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).length, 'a sample has no dateline row');
      assert.ok(total >= 40, `only ${total} assertions generated`);
      const { status, output } = runGrammarTests(...files);
      assert.equal(status, 0, output);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('article language configuration', () => {
  const config = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
  // VS Code builds `new RegExp(pattern, flags)` and adds the global flag itself.
  const word = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);

  /** The word VS Code would select on a double-click at `offset`, or null between words. */
  function wordAt(text: string, offset: number): string | null {
    for (const m of text.matchAll(word)) {
      if (m.index <= offset && offset < m.index + m[0].length) return m[0];
    }
    return null;
  }

  const CASES: Array<[string, string, string | null]> = [
    // [sentence, text under the cursor, expected word]
    ['Qaddafi’s home town was the last stronghold.', 'Qadd', 'Qaddafi'],
    ["Qaddafi's home town was the last stronghold.", 'dafi', 'Qaddafi'],
    ['Jean-Pierre Lefèvre, a former ambassador, said', 'Pierre', 'Jean-Pierre'],
    ['Jean-Pierre Lefèvre, a former ambassador, said', 'èvre', 'Lefèvre'],
    ['Salem al-Mabrouk, head of the council, said', 'Mabrouk', 'al-Mabrouk'],
    ['Aisling O’Brien told reporters in Dublin', 'Brien', 'O’Brien'],
    ['“We don’t count bodies,” he said.', 'don', 'don’t'],
    ['call it ‘the Colonel’s quarter’ to this day', 'Colonel', 'Colonel'],
    ['More than 250,000 people were without power', '000', '250,000'],
    ['Turnout in the original poll was 38%, the lowest', '38', '38%'],
    ['Libya pumps roughly 1.2 million barrels', '.2', '1.2'],
    ['headquartered in Constanța since 2019', 'nța', 'Constanța'],
    ['“Europe’s security is one budget 🇪🇺”', 'Europe', 'Europe'],
    ['LAGOS, Nigeria — Voters queued', '—', null],
  ];
  for (const [sentence, under, expected] of CASES) {
    it(`double-click on "${under}" in "${sentence.slice(0, 32)}…" selects ${expected === null ? 'nothing' : `"${expected}"`}`, () => {
      const offset = sentence.indexOf(under);
      assert.ok(offset >= 0, 'bad test row');
      assert.equal(wordAt(sentence, offset), expected);
    });
  }

  it('auto-closes straight and curly quotes', () => {
    const pairs = new Map(config.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]));
    assert.equal(pairs.get('"'), '"');
    assert.equal(pairs.get('“'), '”');
    assert.equal(pairs.get('‘'), '’');
    // A straight apostrophe is far more often an apostrophe than a quote in prose.
    assert.equal(pairs.has("'"), false);
  });
});
