// Loads the sidecar fixtures shared by the parser, serializer and schema tests.
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve(__dirname, '../../fixtures/sidecars');

export interface Fixture {
  name: string;
  text: string;
  /** For invalid fixtures: `line:column` and the start of the message, from the `# expect:` first line. */
  expect?: { line: number; column: number; message: string };
}

const EXPECT_LINE = /^# expect: (\d+):(\d+) (.+)$/;

export function loadFixtures(kind: 'valid' | 'invalid'): Fixture[] {
  const dir = path.join(FIXTURE_DIR, kind);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const m = EXPECT_LINE.exec(text.split('\n')[0]);
      return { name, text, expect: m ? { line: Number(m[1]), column: Number(m[2]), message: m[3] } : undefined };
    });
}
