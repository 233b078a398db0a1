import assert from 'node:assert/strict';
import { EXIT_USAGE, parseCommandArgs } from '../../src/cli/parseCommandArgs';

const HELP = 'Usage: newsmark export FILE --format FORMAT\n';
const OPTIONS = { format: { type: 'string', short: 'f' }, tag: { type: 'string', multiple: true } } as const;

function harness() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd: '/newsroom', env: {} }, out: () => out.join(''), err: () => err.join('') };
}

describe('parseCommandArgs', () => {
  const parsedCases: Array<{ args: string[]; format?: string; tags?: string[]; positionals: string[] }> = [
    { args: ['lagos-vote.txt', '--format', 'csv'], format: 'csv', positionals: ['lagos-vote.txt'] },
    { args: ['-f', 'w3c', 'kherson-evacuation.txt'], format: 'w3c', positionals: ['kherson-evacuation.txt'] },
    { args: ['eu-defence-fund.txt', '--tag', 'budget', '--tag', 'source'], tags: ['budget', 'source'], positionals: ['eu-defence-fund.txt'] },
    { args: ['base.yaml', 'ours.yaml', 'theirs.yaml'], positionals: ['base.yaml', 'ours.yaml', 'theirs.yaml'] },
  ];
  for (const c of parsedCases) {
    it(`parses ${c.args.join(' ')} without printing anything`, () => {
      const h = harness();
      const parsed = parseCommandArgs('newsmark export', c.args, OPTIONS, HELP, h.io);
      assert.notEqual(typeof parsed, 'number');
      if (typeof parsed === 'number') return;
      assert.equal(parsed.values.format, c.format);
      assert.deepEqual(parsed.values.tag, c.tags);
      assert.deepEqual(parsed.positionals, c.positionals);
      assert.equal(h.out() + h.err(), '');
    });
  }

  for (const args of [['--help'], ['-h'], ['libya-sirte-clashes.txt', '--format', 'html', '--help']]) {
    it(`prints the help and exits 0 for ${args.join(' ')}`, () => {
      const h = harness();
      assert.equal(parseCommandArgs('newsmark export', args, OPTIONS, HELP, h.io), 0);
      assert.equal(h.out(), HELP);
      assert.equal(h.err(), '');
    });
  }

  const usageCases: Array<{ args: string[]; message: RegExp }> = [
    { args: ['lagos-vote.txt', '--fromat', 'csv'], message: /^newsmark export: Unknown option '--fromat'/ },
    { args: ['lagos-vote.txt', '--format'], message: /^newsmark export: Option '-f, --format <value>' argument missing/ },
    { args: ['lagos-vote.txt', '--help=yes'], message: /^newsmark export: Option '-h, --help' does not take an argument/ },
  ];
  for (const c of usageCases) {
    it(`refuses ${c.args.join(' ')} with one stderr line and exit ${EXIT_USAGE}`, () => {
      const h = harness();
      assert.equal(parseCommandArgs('newsmark export', c.args, OPTIONS, HELP, h.io), EXIT_USAGE);
      assert.match(h.err(), c.message);
      assert.equal(h.err().split('\n').length, 2, h.err());
      assert.equal(h.out(), '');
    });
  }
});
