// The command line's window on the world, passed to every command so tests can run them in-process.

export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}
