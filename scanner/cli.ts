#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { diffCommand } from './commands/diff.js';
import { historyCommand } from './commands/history.js';
import { hookCommand } from './commands/hook.js';
import { rulesCommand } from './commands/rules.js';
import { scanCommand } from './commands/scan.js';
import { serveCommand, workerCommand } from './commands/service.js';
import { enableRegexFallback } from './detect/regex-safety.js';
import { EXIT, isUserError } from './errors.js';
import { VERSION } from './version.js';

enableRegexFallback();

let exitCode: number = EXIT.clean;
const setExit = (code: number): void => {
  exitCode = code;
};

const program = new Command('leakhound')
  .description('Find leaked credentials in code and git history, then close the incident.')
  .version(VERSION)
  .exitOverride()
  .configureOutput({ outputError: () => {} })
  .showSuggestionAfterError(true);

for (const cmd of [scanCommand(setExit), historyCommand(setExit), diffCommand(setExit), hookCommand(setExit), rulesCommand(setExit), serveCommand(setExit), workerCommand(setExit)]) {
  cmd.exitOverride().configureOutput({ outputError: () => {} });
  program.addCommand(cmd);
}

try {
  await program.parseAsync(process.argv);
  process.exitCode = exitCode;
} catch (err) {
  process.exitCode = report(err);
}

/** The one place errors become exit codes: one line on stderr, exit 2. */
function report(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return EXIT.clean;
    process.stderr.write(`leakhound: ${err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT.error;
  }
  if (isUserError(err)) {
    process.stderr.write(`leakhound: ${err.message}\n`);
    return EXIT.error;
  }
  const e = err as Error;
  process.stderr.write(`leakhound: internal error: ${e?.message ?? String(err)} (set LEAKHOUND_DEBUG=1 for details)\n`);
  if (process.env.LEAKHOUND_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  return EXIT.error;
}
