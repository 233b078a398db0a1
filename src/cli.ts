// The `newsmark` command line: dispatches to one module per command, sharing the core with the extension.
import { run } from './cli/main';

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`newsmark: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
