// Reads a command's options the same way for every `newsmark` command: a bad option is one line and exit 2, --help prints the help.
import { parseArgs } from 'util';
import type { CliIo } from './io';

/** Exit status when the command line itself cannot be understood. */
export const EXIT_USAGE = 2;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

type OptionsConfig = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;
type CommandConfig<O extends OptionsConfig> = { args: string[]; allowPositionals: true; options: O & typeof HELP_OPTION };
export type ParsedCommand<O extends OptionsConfig> = ReturnType<typeof parseArgs<CommandConfig<O>>>;

/**
 * The parsed options and positionals of `args`, or the exit status when the command is already done:
 * 0 after printing `help` for --help/-h, EXIT_USAGE after one stderr line for an unknown or incomplete option.
 */
export function parseCommandArgs<const O extends OptionsConfig>(command: string, args: string[], options: O, help: string, io: CliIo): ParsedCommand<O> | number {
  let parsed: ParsedCommand<O>;
  try {
    parsed = parseArgs<CommandConfig<O>>({ args, allowPositionals: true, options: { ...options, ...HELP_OPTION } });
  } catch (err) {
    // Node's messages can run to several lines; the first says what is wrong.
    io.stderr(`${command}: ${(err as Error).message.split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
  // The generic result type does not resolve inside this function; `help` is always one of the options.
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(help);
    return 0;
  }
  return parsed;
}
