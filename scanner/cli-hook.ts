// The CLI for the two commands a git hook runs on every commit or push: `diff` (the pre-commit
// framework's hook runs `diff --staged`) and `hook` (the hooks `hook install` writes run
// `hook run pre-commit|pre-push`). The bundle gives it a build of its own (scanner/dist/hook/):
// a handful of files where the full CLI's chunks, shared by all its commands, are ~25, and each
// file costs a hook's start. The pre-commit command lines themselves skip commander too (see
// hook-invocation.ts); every other one is parsed by the same program as in cli-main.ts.
import { reportError } from './cli-report.js';
import { enableRegexFallback } from './detect/regex-safety.js';
import { hookInvocation, runHookInvocation } from './hook-invocation.js';
import { mark } from './profile.js';

const hook = hookInvocation(process.argv.slice(2));
if (hook) {
  mark('cli: entry modules loaded');
  enableRegexFallback();
  try {
    process.exitCode = await runHookInvocation(hook);
  } catch (err) {
    process.exitCode = reportError(err);
  }
} else {
  await (await import('./cli-hook-program.js')).runHookProgram();
}
