// cli-hook.ts for any command line but the pre-commit ones: commander's program with the two
// commands, loaded as one module so that the hook build stays a few files.
import { runCli } from './cli-program.js';
import { diffCommand } from './commands/diff.js';
import { hookCommand } from './commands/hook.js';

export function runHookProgram(): Promise<void> {
  return runCli({ diff: async () => diffCommand, hook: async () => hookCommand });
}
