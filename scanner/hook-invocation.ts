// The command lines a pre-commit hook runs on every commit, recognised without commander:
// `diff --staged` (the pre-commit framework's hook) and `hook run pre-commit` (the hook that
// `leakhound hook install` writes), each with an optional --repo. Loading commander and parsing
// with it is several ms of a hook's start, for flags these command lines do not give. Anything
// else, these commands with any other flag included, goes to commander (cli-hook.ts). A test
// checks that both give the same flags for every command line recognised here.
import { diff, type DiffFlags } from './commands/diff-run.js';
import { COMMON_DEFAULTS } from './commands/flag-defaults.js';
import { hookContext, preCommitCheck, type HookRunFlags } from './hooks/check.js';

export type HookInvocation = { command: 'diff'; flags: DiffFlags } | { command: 'pre-commit'; flags: HookRunFlags };

/** The hook's command line (process.argv after the script) as its command's flags, or null. */
export function hookInvocation(args: readonly string[]): HookInvocation | null {
  if (args[0] === 'diff') {
    const rest = repoFlag(args.slice(1));
    if (!rest || rest.others.length !== 1 || rest.others[0] !== '--staged') return null;
    return { command: 'diff', flags: { staged: true, repo: rest.repo, ...COMMON_DEFAULTS } };
  }
  if (args[0] === 'hook' && args[1] === 'run' && args[2] === 'pre-commit') {
    const rest = repoFlag(args.slice(3));
    if (!rest || rest.others.length !== 0) return null;
    return { command: 'pre-commit', flags: { repo: rest.repo, color: COMMON_DEFAULTS.color } };
  }
  return null;
}

/** Takes at most one `--repo DIR` or `--repo=DIR` out of `args`; null for anything unusual. */
function repoFlag(args: readonly string[]): { repo: string; others: string[] } | null {
  let repo: string | undefined;
  const others: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    let value: string | undefined;
    if (arg === '--repo') value = args[++i];
    else if (arg.startsWith('--repo=')) value = arg.slice('--repo='.length);
    else {
      others.push(arg);
      continue;
    }
    // A second --repo, an empty one or one that reads like a flag: commander decides.
    if (repo !== undefined || !value || value.startsWith('-')) return null;
    repo = value;
  }
  return { repo: repo ?? '.', others };
}

/** Runs the hook's check; its exit code. */
export function runHookInvocation(hook: HookInvocation): Promise<number> {
  return hook.command === 'diff' ? diff(hook.flags) : preCommitCheck(hookContext(hook.flags));
}
