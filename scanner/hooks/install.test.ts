import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOOK_KINDS, hookScript, isOurs } from './hook-script.js';
import { planInstall, planUninstall } from './install.js';

describe('planInstall', () => {
  it.each([
    [{ kind: 'none' } as const, false, { do: 'write', keep: false, note: 'pre-commit: installed' }],
    [{ kind: 'ours' } as const, true, { do: 'write', keep: false, note: 'pre-commit: already installed (refreshed)' }],
    [{ kind: 'other' } as const, false, { do: 'write', keep: true }],
    [{ kind: 'other' } as const, true, { do: 'refuse' }],
  ])('with a %j hook (chained file present: %s) plans %j', (hook, chained, expected) => {
    expect(planInstall('pre-commit', hook, chained)).toMatchObject(expected);
  });
});

describe('planUninstall', () => {
  it.each([
    [{ kind: 'ours' } as const, true, { do: 'remove', restore: true }],
    [{ kind: 'ours' } as const, false, { do: 'remove', restore: false }],
    [{ kind: 'other' } as const, true, { do: 'skip' }],
    [{ kind: 'none' } as const, false, { do: 'skip' }],
  ])('with a %j hook (chained file present: %s) plans %j', (hook, chained, expected) => {
    expect(planUninstall('pre-push', hook, chained)).toMatchObject(expected);
  });
});

describe('hookScript', () => {
  it.each(HOOK_KINDS)('writes a %s hook that sh parses, marked as ours, quoting odd paths', (kind) => {
    const text = hookScript(kind, { node: "/opt/it's node/bin/node", cli: '/srv/leak hound/cli.js' });
    expect(isOurs(text)).toBe(true);
    expect(text).toContain(`LEAKHOUND_NODE='/opt/it'\\''s node/bin/node'`);
    const file = join(mkdtempSync(join(tmpdir(), 'lh-hook-')), kind);
    writeFileSync(file, text);
    expect(() => execFileSync('sh', ['-n', file])).not.toThrow();
  });

  it('--daemon: the pre-commit hook asks for a hook daemon unless the developer said otherwise', () => {
    const launcher = { node: '/usr/bin/node', cli: '/srv/cli.js' };
    expect(hookScript('pre-commit', launcher)).not.toContain('LEAKHOUND_HOOK_DAEMON');
    expect(hookScript('pre-push', { ...launcher, daemon: true })).not.toContain('LEAKHOUND_HOOK_DAEMON');
    const file = join(mkdtempSync(join(tmpdir(), 'lh-hook-')), 'pre-commit');
    // The hook's own command line, with node replaced by a script that prints what it was given.
    writeFileSync(file, hookScript('pre-commit', { node: '/bin/sh', cli: `${file}.print`, daemon: true }));
    writeFileSync(`${file}.print`, 'echo "daemon=$LEAKHOUND_HOOK_DAEMON args=$*"\n');
    const run = (env: NodeJS.ProcessEnv) =>
      execFileSync('sh', [file], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
    expect(run({})).toBe('daemon=auto args=hook run pre-commit\n');
    expect(run({ LEAKHOUND_HOOK_DAEMON: 'off' })).toBe('daemon=off args=hook run pre-commit\n');
  });

  it('does not mistake a hook that merely mentions leakhound for ours', () => {
    expect(isOurs('#!/bin/sh\n# runs leakhound-hook v1 later\nleakhound hook run pre-commit\n')).toBe(false);
  });
});
