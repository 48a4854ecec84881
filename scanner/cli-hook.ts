// The CLI for the two commands a git hook runs on every commit or push: `diff` (the pre-commit
// framework's hook runs `diff --staged`) and `hook` (the hooks `hook install` writes run
// `hook run pre-commit|pre-push`). The same commands as cli-main.ts, imported statically: the
// bundle gives them a build of their own (scanner/dist/hook/), a handful of files where the
// full CLI's chunks, shared by all its commands, are ~25, and each file costs a hook's start.
import { runCli } from './cli-program.js';
import { diffCommand } from './commands/diff.js';
import { hookCommand } from './commands/hook.js';

await runCli({
  diff: async () => diffCommand,
  hook: async () => hookCommand,
});
