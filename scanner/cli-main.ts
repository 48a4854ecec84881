import { Command, CommanderError } from 'commander';
import { enableRegexFallback } from './detect/regex-safety.js';
import { EXIT, isUserError } from './errors.js';
import { mark } from './profile.js';
import { VERSION } from './version.js';

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

type Define = (run: (code: number) => void) => Command;

// Each command's modules load only when it runs: a pre-commit hook's `diff --staged` should
// not pay for history walking, the worker pool or the responder. Help, --version and a
// mistyped command load them all, for the listing and the suggestion.
const COMMANDS: Record<string, () => Promise<Define>> = {
  scan: async () => (await import('./commands/scan.js')).scanCommand,
  history: async () => (await import('./commands/history.js')).historyCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  rewrite: async () => (await import('./commands/rewrite.js')).rewriteCommand,
  hook: async () => (await import('./commands/hook.js')).hookCommand,
  rules: async () => (await import('./commands/rules.js')).rulesCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
  revoke: async () => (await import('./commands/revoke.js')).revokeCommand,
  providers: async () => (await import('./commands/providers.js')).providersCommand,
  serve: async () => (await import('./commands/service.js')).serveCommand,
  worker: async () => (await import('./commands/service.js')).workerCommand,
  completion: async () => (await import('./commands/completion.js')).completionCommand(program),
};
const requested = process.argv[2] ?? '';
// `help scan` needs only scan; `completion` describes every command, so it loads them all.
const wanted = requested === 'help' && process.argv[3] ? process.argv[3] : requested;
const names = Object.hasOwn(COMMANDS, wanted) && wanted !== 'completion' ? [wanted] : Object.keys(COMMANDS);
for (const name of names) {
  const cmd = (await COMMANDS[name]!())(setExit);
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

/** The one place errors become exit codes: one line on stderr, exit 2. */
function report(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0)
      return EXIT.clean;
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
