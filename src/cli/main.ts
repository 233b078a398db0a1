// The command table of the `newsmark` CLI and its top-level help.
import type { CliIo } from './io';
import { EXIT_USAGE } from './parseCommandArgs';
import { CLI_VERSION } from './version';
import * as annotate from './annotate';
import * as annotations from './annotations';
import * as check from './check';
import * as entities from './entities';
import * as exportCmd from './export';
import * as merge from './merge';

interface CliCommand {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const CLI_COMMANDS: Record<string, CliCommand> = {
  entities: { summary: 'entities FILE [--format json|tsv]            detected people, places, organisations and figures', run: entities.run },
  annotate: { summary: 'annotate FILE --start S --end E [options]      add an annotation to the sidecar', run: annotate.run },
  annotations: { summary: 'annotations FILE [--format json]              the sidecar\'s annotations on the current text', run: annotations.run },
  export: { summary: 'export FILE --format FORMAT [--out PATH]       export entities and annotations', run: exportCmd.run },
  check: { summary: 'check FILE [--require verified]                validate the sidecar (and gate on review)', run: check.run },
  merge: { summary: 'merge BASE OURS THEIRS                         three-way merge of sidecars (git merge driver)', run: merge.run },
};

export const USAGE = `Usage: newsmark <command> [options]

Commands:
${Object.values(CLI_COMMANDS)
  .map((c) => '  ' + c.summary)
  .join('\n')}

Run \`newsmark <command> --help\` for a command's options.
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${CLI_VERSION}\n`);
    return 0;
  }
  const command = CLI_COMMANDS[name];
  if (!command) {
    io.stderr(`newsmark: unknown command "${name}". Run \`newsmark --help\` for the list.\n`);
    return EXIT_USAGE;
  }
  return command.run(rest, io);
}
