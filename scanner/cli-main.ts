import { runCli } from './cli-program.js';

// Each command's modules load only when it runs: a pre-commit hook's `diff --staged` should
// not pay for history walking, the worker pool or the responder. Help, --version and a
// mistyped command load them all, for the listing and the suggestion.
await runCli({
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
  completion: async (program) => (await import('./commands/completion.js')).completionCommand(program),
});
