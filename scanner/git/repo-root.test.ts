import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gitdir, type GitDir } from '../../test/helpers/gitdir.js';
import { plainTopLevel, repoRoot } from './git-process.js';

const made: GitDir[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

function repo(): GitDir {
  const r = gitdir([{ commit: 'start', files: { 'sub/a.txt': 'a\n' } }]);
  made.push(r);
  return r;
}

describe('plainTopLevel: the top level without asking git', () => {
  it('is what git says for the top of a work tree, symlinks resolved', async () => {
    const r = repo();
    const link = join(mkdtempSync(join(tmpdir(), 'leakhound-link-')), 'repo');
    dirs.push(join(link, '..'));
    symlinkSync(r.dir, link);
    expect(plainTopLevel(link)).toBe(await repoRoot(link));
    expect(plainTopLevel(r.dir)).toBe(realpathSync(r.dir));
  });

  it('asks git below the top, and when the environment or the config moves the work tree', async () => {
    const r = repo();
    expect(plainTopLevel(join(r.dir, 'sub'))).toBeNull();
    expect(await repoRoot(join(r.dir, 'sub'))).toBe(realpathSync(r.dir));
    vi.stubEnv('GIT_DIR', join(r.dir, '.git'));
    expect(plainTopLevel(r.dir)).toBeNull();
    vi.unstubAllEnvs();
    vi.stubEnv('GIT_WORK_TREE', join(r.dir, 'sub'));
    expect(plainTopLevel(r.dir)).toBeNull();
    vi.unstubAllEnvs();
    for (const setting of ['worktree = /elsewhere', 'bare = true', 'bare=yes']) {
      writeFileSync(join(r.dir, '.git', 'config'), `[core]\n\trepositoryformatversion = 0\n\t${setting}\n`);
      expect(plainTopLevel(r.dir)).toBeNull();
    }
    writeFileSync(join(r.dir, '.git', 'config'), '[include]\n\tpath = other\n');
    expect(plainTopLevel(r.dir)).toBeNull();
    writeFileSync(join(r.dir, '.git', 'config'), '[core]\n\tbare = false\n');
    expect(plainTopLevel(r.dir)).toBe(realpathSync(r.dir));
  });

  it('takes a .git file (a linked worktree), and asks git about a .git directory that lacks HEAD or config', async () => {
    const r = repo();
    const wt = join(mkdtempSync(join(tmpdir(), 'leakhound-wt-')), 'wt');
    dirs.push(join(wt, '..'));
    r.git('worktree', 'add', '-q', wt);
    expect(plainTopLevel(wt)).toBe(await repoRoot(wt));

    const fake = mkdtempSync(join(tmpdir(), 'leakhound-fake-'));
    dirs.push(fake);
    mkdirSync(join(fake, '.git'));
    expect(plainTopLevel(fake)).toBeNull();
    writeFileSync(join(fake, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    expect(plainTopLevel(fake)).toBeNull(); // no config: git would not take it either
  });

  // Only root can give a repository to another user; CI runs as root.
  it.skipIf(process.getuid?.() !== 0)('asks git about a repository another user owns, which git refuses', async () => {
    const r = repo();
    const { chownSync } = await import('node:fs');
    const chownAll = (dir: string, uid: number): void => {
      for (const p of [dir, join(dir, '.git'), join(dir, '.git', 'HEAD'), join(dir, '.git', 'config')])
        chownSync(p, uid, uid);
    };
    chownAll(r.dir, 65534);
    expect(plainTopLevel(r.dir)).toBeNull();
    const { InputError } = await import('../errors.js');
    await expect(repoRoot(r.dir)).rejects.toThrow(InputError);
    await expect(repoRoot(r.dir)).rejects.toThrow(/dubious ownership/);
    chownAll(r.dir, 0);
    expect(plainTopLevel(r.dir)).toBe(realpathSync(r.dir));
  });
});
