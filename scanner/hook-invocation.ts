// The command lines a pre-commit hook runs on every commit, recognised without commander:
// `diff --staged` (the pre-commit framework's hook, and CI jobs that add a report file) and
// `hook run pre-commit` (the hook that `leakhound hook install` writes). `diff --staged` may
// carry --repo, --format, --output and --no-color, `hook run pre-commit` --repo; each at most
// once. Loading commander and parsing with it is several ms of a hook's start, for flags these
// command lines do not give. Anything else (another flag, a repeated or odd one, an unknown
// format) goes to commander (cli-hook.ts), which gives the same flags or the usage error. A test
// checks that both give the same flags for every command line recognised here.
import { diff, type DiffFlags } from './commands/diff-run.js';
import { COMMON_DEFAULTS, FORMATS } from './commands/flag-defaults.js';
import { hookContext, preCommitCheck, type HookRunFlags } from './hooks/check.js';

export type HookInvocation = { command: 'diff'; flags: DiffFlags } | { command: 'pre-commit'; flags: HookRunFlags };

/** The hook's command line (process.argv after the script) as its command's flags, or null. */
export function hookInvocation(args: readonly string[]): HookInvocation | null {
  if (args[0] === 'diff') {
    const got = options(args.slice(1), DIFF_OPTIONS);
    if (got?.staged !== true) return null;
    const format = got.format ?? COMMON_DEFAULTS.format;
    if (!(FORMATS as readonly unknown[]).includes(format)) return null;
    const flags: DiffFlags = {
      staged: true,
      repo: typeof got.repo === 'string' ? got.repo : '.',
      ...COMMON_DEFAULTS,
      format: format as DiffFlags['format'],
      color: got.color !== false,
    };
    if (typeof got.output === 'string') flags.output = got.output;
    return { command: 'diff', flags };
  }
  if (args[0] === 'hook' && args[1] === 'run' && args[2] === 'pre-commit') {
    const got = options(args.slice(3), HOOK_RUN_OPTIONS);
    if (!got) return null;
    return {
      command: 'pre-commit',
      flags: { repo: typeof got.repo === 'string' ? got.repo : '.', color: COMMON_DEFAULTS.color },
    };
  }
  return null;
}

/** A recognised flag: the key commander stores it under, and whether it takes a value. */
interface FastOption {
  key: string;
  value: boolean;
}

const REPO: FastOption = { key: 'repo', value: true };
const DIFF_OPTIONS: Record<string, FastOption> = {
  '--staged': { key: 'staged', value: false },
  '--repo': REPO,
  '--format': { key: 'format', value: true },
  '-f': { key: 'format', value: true },
  '--output': { key: 'output', value: true },
  '-o': { key: 'output', value: true },
  '--no-color': { key: 'color', value: false },
};
const HOOK_RUN_OPTIONS: Record<string, FastOption> = { '--repo': REPO };

/**
 * The flags in `args`, as `--flag value` or `--flag=value`, each at most once: a value flag's
 * string, true for `--staged`, false for `--no-color`. Null for anything unusual (an unknown
 * argument, a repeated flag, an empty value or one that reads like a flag), which commander
 * then parses or rejects.
 */
function options(args: readonly string[], known: Record<string, FastOption>): Record<string, string | boolean> | null {
  const got: Record<string, string | boolean> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const option = Object.hasOwn(known, name) ? known[name]! : undefined;
    if (!option || Object.hasOwn(got, option.key)) return null;
    if (!option.value) {
      if (eq !== -1) return null;
      got[option.key] = !name.startsWith('--no-');
      continue;
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (!value || value.startsWith('-')) return null;
    got[option.key] = value;
  }
  return got;
}

/** Runs the hook's check; its exit code. */
export function runHookInvocation(hook: HookInvocation): Promise<number> {
  return hook.command === 'diff' ? diff(hook.flags) : preCommitCheck(hookContext(hook.flags));
}
