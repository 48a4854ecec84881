// The CLI around its commands: the program, the one place errors become exit codes, and the
// run. cli-main.ts gives it every command; cli-hook.ts gives it the two a git hook runs.
import { Command, CommanderError } from 'commander';
import { enableRegexFallback } from './detect/regex-safety.js';
import { reportError } from './cli-report.js';
import { EXIT } from './errors.js';
import { mark } from './profile.js';
import { VERSION } from './version.js';

type Define = (run: (code: number) => void) => Command;

/** A command's definition, loaded on demand; `program` is the CLI it joins. */
export type CommandLoader = (program: Command) => Promise<Define>;

/** Parses process.argv, runs the command it names and sets process.exitCode. */
export async function runCli(commands: Record<string, CommandLoader>): Promise<void> {
  mark('cli: entry modules loaded');
  enableRegexFallback();

  let exitCode: number = EXIT.clean;
  const setExit = (code: number): void => {
    exitCode = code;
  };

  const program = new Command('leakhound')
    .description('Find leaked credentials in code and git history, then close the incident.')
    .version(`leakhound ${VERSION}`, '-V, --version', 'print the version')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(true);

  const requested = process.argv[2] ?? '';
  // `help scan` needs only scan; `completion` describes every command, so it loads them all.
  const wanted = requested === 'help' && process.argv[3] ? process.argv[3] : requested;
  const names = Object.hasOwn(commands, wanted) && wanted !== 'completion' ? [wanted] : Object.keys(commands);
  for (const name of names) {
    const cmd = (await commands[name]!(program))(setExit);
    cmd.exitOverride().configureOutput({ outputError: () => {} });
    program.addCommand(cmd);
  }
  mark('cli: command modules loaded');

  try {
    // No arguments at all is a request for the overview, not a mistake.
    if (process.argv.length <= 2) program.outputHelp();
    else await program.parseAsync(process.argv);
    process.exitCode = exitCode;
  } catch (err) {
    process.exitCode = report(err);
  }
}

/** Commander's errors as exit codes; every other error as reportError makes it. */
function report(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0)
      return EXIT.clean;
    process.stderr.write(`leakhound: ${err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT.error;
  }
  return reportError(err);
}
