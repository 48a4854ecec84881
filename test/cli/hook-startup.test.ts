// What the pre-commit check loads on start: not the Node built-ins it has no use for. Shown by
// the built-in modules the process loaded (process.moduleLoadList), not by timing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir } from '../helpers/gitdir.js';

const BUNDLE = fileURLToPath(new URL('../../scanner/dist/cli.js', import.meta.url));
const REPORT = `process.on('exit', () => process.stderr.write('\\nBUILTINS:' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(',') + '\\n'));`;

let dir: string;
let repo: GitDir;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakhound-startup-'));
  writeFileSync(join(dir, 'report.mjs'), REPORT);
  repo = gitdir([
    { commit: 'start', files: { 'app.env': 'A=1\n' } },
    { stage: { 'app.env': `A=1\nKEY=${awsKeyId()}\n` } },
  ]);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  repo.cleanup();
});

function builtins(args: string[]): { loaded: string[]; code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['--import', join(dir, 'report.mjs'), BUNDLE, ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const line = /\nBUILTINS:(.*)\n/.exec(r.stderr)?.[1];
  if (line === undefined) throw new Error(`no module report (exit ${r.status}): ${r.stderr.slice(0, 400)}`);
  return { loaded: line.split(','), code: r.status, stdout: r.stdout };
}

describe('the pre-commit check (diff --staged) from the bundle', () => {
  it('finds a staged key and hashes it without loading node:crypto', () => {
    const r = builtins(['diff', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    const [finding] = JSON.parse(r.stdout) as { ruleId: string; secretHash: string }[];
    expect(finding?.ruleId).toBe('aws-access-key-id');
    expect(finding?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.loaded).not.toContain('crypto');
    expect(r.loaded.filter((m) => m.startsWith('internal/crypto/'))).toEqual([]);
  });
});
