// A rewrite killed at any moment leaves the repository as it was or fully rewritten, never
// half: the kills land in different phases (scan, blob pass, export, import, ref update), and
// whatever phase each lands in, the refs are either all old or all new and the repository is
// sound. Nothing here depends on how fast the machine is: every outcome is checked.
import { execFileSync, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { type GitDir, gitdir } from '../helpers/gitdir.js';
import { cleanupClones, cloneOf, git, objectsAfterGc, refs } from './repos.js';

let o: GitDir;
const keys: string[] = [];

/** A few hundred commits over ~20 MB of text, secrets scattered through them. */
function grow(r: GitDir): void {
  const lines: string[] = [];
  const filler = (n: number, c: number): string =>
    Array.from({ length: n }, (_, i) => `const value${c}_${i} = ${(c * 7919 + i) % 100003};`).join('\n');
  const last: Record<string, number> = {};
  for (let c = 1; c <= 400; c++) {
    const key = c % 40 === 0 ? awsKeyId() : null;
    if (key) keys.push(key);
    const file = `${filler(1200, c)}\n${key ? `AWS_ACCESS_KEY_ID=${key}\n` : ''}`;
    const branch = c % 3 === 0 ? 'side' : 'main';
    const parent = last[branch] ?? last.main;
    last[branch] = c;
    lines.push(
      `commit refs/heads/${branch}`,
      `mark :${c}`,
      `committer Ada Tester <ada@example.test> ${1704067200 + c * 60} +0000`,
      `data ${`commit ${c}`.length}`,
      `commit ${c}`,
      ...(parent ? [`from :${parent}`] : ['from refs/heads/main^0']),
      `M 100644 inline src/file${c % 25}.ts`,
      `data ${Buffer.byteLength(file)}`,
      file,
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: r.dir, env: r.env, input: `${lines.join('\n')}\n` });
}

function killAfter(dir: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'rewrite', '--repo', dir], {
      env: o.env,
      stdio: 'ignore',
      detached: true,
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }, ms);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

beforeAll(() => {
  o = gitdir([{ commit: 'start', files: { 'README.md': 'hi\n' } }]);
  grow(o);
});
afterAll(() => {
  o.cleanup();
  cleanupClones();
});

describe('an interrupted leakhound rewrite', () => {
  it('leaves the repository as it was or fully rewritten, whenever it is killed', async () => {
    const reference = cloneOf(o, 'mirror');
    const old = refs(reference, o.env);
    execFileSync(process.execPath, [CLI, 'rewrite', '--repo', reference], { env: o.env });
    const rewritten = refs(reference, o.env);
    expect(rewritten).not.toBe(old);

    const dir = cloneOf(o, 'mirror');
    const outcomes: string[] = [];
    for (const ms of [30, 120, 250, 400, 600, 800, 1100, 1500, 2000]) {
      await killAfter(dir, ms);
      const now = refs(dir, o.env);
      expect([old, rewritten]).toContain(now);
      git(dir, o.env, 'fsck', '--connectivity-only', '--no-dangling');
      outcomes.push(now === old ? 'old' : 'new');
      if (now === rewritten) break;
    }
    const finish = execFileSync(process.execPath, [CLI, 'rewrite', '--repo', dir], { env: o.env, encoding: 'utf8' });
    expect(finish).toMatch(/removed|nothing to remove/);
    expect(refs(dir, o.env)).toBe(rewritten);
    const all = objectsAfterGc(dir, o.env);
    for (const key of keys) expect(all.includes(key)).toBe(false);
    expect(outcomes.length).toBeGreaterThan(0);
  }, 120_000);

  it('finishes updating the working tree when killed after the refs moved', () => {
    const dir = cloneOf(o);
    const gitDir = `${dir}/.git`;
    execFileSync(process.execPath, [CLI, 'rewrite', '--repo', dir], { env: o.env });
    // Simulate the kill between the ref transaction and the checkout: old files, marker left.
    const head = git(dir, o.env, 'rev-parse', 'HEAD');
    git(dir, o.env, 'read-tree', `${head}~1`);
    git(dir, o.env, 'checkout-index', '-a', '-f');
    execFileSync('sh', ['-c', `echo pending > ${gitDir}/leakhound-rewrite/checkout-pending`]);
    expect(git(dir, o.env, 'status', '--porcelain')).not.toBe('');
    const r = execFileSync(process.execPath, [CLI, 'rewrite', '--repo', dir], {
      env: o.env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(r).toMatch(/nothing to remove/);
    expect(git(dir, o.env, 'status', '--porcelain')).toBe('');
  });
});
