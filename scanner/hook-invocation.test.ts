import { describe, expect, it } from 'vitest';
import { diffCommand } from './commands/diff.js';
import { hookCommand } from './commands/hook.js';
import { hookInvocation } from './hook-invocation.js';

/** The flags commander gives the diff command's action for these arguments. */
async function diffFlagsFromCommander(args: string[]): Promise<unknown> {
  let flags: unknown;
  const cmd = diffCommand(() => {}).action((f: unknown) => {
    flags = f;
  });
  await cmd.exitOverride().parseAsync(args, { from: 'user' });
  return flags;
}

/** The hook kind and flags commander gives `hook run`'s action for these arguments (after `hook`). */
async function hookRunFromCommander(args: string[]): Promise<{ kind: unknown; flags: unknown }> {
  const got: { kind: unknown; flags: unknown } = { kind: undefined, flags: undefined };
  const hook = hookCommand(() => {});
  hook.commands
    .find((c) => c.name() === 'run')!
    .action((kind: unknown, _remote: unknown, _url: unknown, flags: unknown) => {
      got.kind = kind;
      got.flags = flags;
    });
  await hook.exitOverride().parseAsync(args, { from: 'user' });
  return got;
}

describe('hookInvocation: the pre-commit command lines, parsed without commander', () => {
  it.each([
    [['--staged']],
    [['--staged', '--repo', 'some/dir']],
    [['--repo', 'some dir', '--staged']],
    [['--staged', '--repo=some/dir']],
    [['--repo=.', '--staged']],
    [['--staged', '--format', 'json']],
    [['--staged', '-f', 'sarif']],
    [['--format=csv', '--staged', '--output', 'report.csv']],
    [['--staged', '-o', 'out dir/r.json', '--no-color', '--repo', 'x', '-f', 'junit']],
    [['--staged', '--output=r.json', '--format=text']],
    [['--no-color', '--staged']],
  ])('diff %j gives the flags commander gives', async (args) => {
    const fast = hookInvocation(['diff', ...args]);
    expect(fast?.command).toBe('diff');
    expect(fast!.flags).toEqual(await diffFlagsFromCommander(args));
  });

  it.each([[[]], [['--repo', 'a b']], [['--repo=x']]])(
    'hook run pre-commit %j gives the flags commander gives',
    async (args) => {
      const fast = hookInvocation(['hook', 'run', 'pre-commit', ...args]);
      expect(fast?.command).toBe('pre-commit');
      const slow = await hookRunFromCommander(['run', 'pre-commit', ...args]);
      expect(slow.kind).toBe('pre-commit');
      expect(fast!.flags).toEqual(slow.flags);
    },
  );

  it.each([
    [[]],
    [['diff']],
    [['diff', '--range', 'a..b']],
    [['diff', '--staged', '--staged']],
    [['diff', '--staged', '--format', 'yaml']],
    [['diff', '--staged', '--format', 'json', '--format', 'text']],
    [['diff', '--staged', '-f', 'json', '--format', 'json']],
    [['diff', '--staged', '-fjson']],
    [['diff', '--staged', '-f=json']],
    [['diff', '--staged', '--format=']],
    [['diff', '--staged', '--output']],
    [['diff', '--staged', '-o', '-']],
    [['diff', '--staged=yes']],
    [['diff', '--staged', '--no-color=1']],
    [['diff', '--staged', '--no-color', '--no-color']],
    [['diff', '--staged', '--color']],
    [['diff', '--staged', '--redact']],
    [['diff', '--staged', '--max-file-size', '3']],
    [['diff', '--staged', '--__proto__', 'x']],
    [['diff', '--staged', '--constructor']],
    [['diff', '--format', 'json']],
    [['hook', 'run', 'pre-commit', '--format', 'json']],
    [['hook', 'run', 'pre-commit', '--no-color']],
    [['diff', '--staged', '--config', 'x.toml']],
    [['diff', '--staged', '--repo']],
    [['diff', '--staged', '--repo=']],
    [['diff', '--staged', '--repo', '--format']],
    [['diff', '--staged', '--repo', 'a', '--repo', 'b']],
    [['diff', '--staged', '--', 'x']],
    [['diff', '--staged', '--help']],
    [['diff', '--Staged']],
    [['scan', '--staged']],
    [['hook', 'run', 'pre-push']],
    [['hook', 'run', 'pre-commit', 'extra']],
    [['hook', 'run', 'pre-commit', '--no-redact']],
    [['hook', 'install']],
    [['help', 'diff']],
    [['--version']],
  ])('leaves %j to commander', (args) => {
    expect(hookInvocation(args)).toBeNull();
  });
});
