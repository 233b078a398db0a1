// Registers Newsmark's commands from one table, so each id has exactly one thin handler.
import * as vscode from 'vscode';
import { CommandIds, type CommandId } from './commandIds';

export { CommandIds, type CommandId };

export type CommandHandler = (...args: any[]) => unknown;

/** A handler for every id: the type makes a forgotten command a compile error. */
export type CommandTable = Record<CommandId, CommandHandler>;

export function registerCommandTable(table: CommandTable): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(table).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
}
