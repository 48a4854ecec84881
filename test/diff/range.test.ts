import { afterEach, describe, expect, it } from 'vitest';
import { defaultRules } from '../../rules/index.js';
import { Detector } from '../../scanner/detect/detector.js';
import { InputError } from '../../scanner/errors.js';
import { scanRange } from '../../scanner/git/scan-range.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir, type Step } from '../helpers/gitdir.js';

const detector = new Detector({ rules: defaultRules });
const made: GitDir[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
});
const ZERO = '0'.repeat(40);

function repo(steps: Step[]): GitDir {
  const r = gitdir(steps);
  made.push(r);
  return r;
}

const range = (r: GitDir, spec: string) => scanRange({ repo: r.dir, range: spec, detector });
const who = (f: { file: string; startLine: number; message: string }) => [f.file, f.startLine, f.message];

describe('diff --range', () => {
  it('attributes each added line to the commit that added it', async () => {
    const [k0, k1, k2] = [awsKeyId(), awsKeyId(), awsKeyId()];
    const r = repo([
      { commit: 'before', files: { 'a.env': `old=${k0}\n` } },
      { commit: 'first', files: { 'a.env': `old=${k0}\nk1=${k1}\n` } },
      { commit: 'second', files: { 'a.env': `k2=${k2}\nold=${k0}\nk1=${k1}\n`, 'b.env': 'nothing\n' } },
    ]);
    const result = await range(r, `${r.oid('before')}..${r.oid('second')}`);
    expect(result.commits).toBe(2);
    expect(result.findings.map(who)).toEqual([
      ['a.env', 2, 'first'],
      ['a.env', 1, 'second'],
    ]);
    expect(result.findings[0]).toMatchObject({ commit: r.oid('first'), secret: k1, author: 'Ada Tester' });
  });

  it('scans a new branch (zero A) for the commits no other ref has', async () => {
    const r = repo([
      { commit: 'on main', files: { 'm.env': `k=${awsKeyId()}\n` } },
      { branch: 'topic' },
      { commit: 'on topic', files: { 't.env': `k=${awsKeyId()}\n` } },
    ]);
    const result = await range(r, `${ZERO}..topic`);
    expect(result.commits).toBe(1);
    expect(result.findings.map(who)).toEqual([['t.env', 1, 'on topic']]);
  });

  it('scans the whole history of a first push, root commit included', async () => {
    const r = repo([
      { commit: 'root', files: { 'r.env': `k=${awsKeyId()}\n` } },
      { commit: 'next', files: { 'n.env': `k=${awsKeyId()}\n` } },
    ]);
    const result = await range(r, `${ZERO}..main`);
    expect(result.commits).toBe(2);
    expect(result.findings.map(who)).toEqual([
      ['r.env', 1, 'root'],
      ['n.env', 1, 'next'],
    ]);
  });

  it('scans what a force push brings when A is no longer an ancestor of B', async () => {
    const r = repo([
      { commit: 'base', files: { 'a.txt': 'a\n' } },
      { branch: 'old-tip' },
      { commit: 'rewritten away', files: { 'x.env': `k=${awsKeyId()}\n` } },
      { checkout: 'main' },
      { commit: 'new history', files: { 'y.env': `k=${awsKeyId()}\n` } },
    ]);
    const result = await range(r, `${r.oid('rewritten away')}..main`);
    expect(result.commits).toBe(1);
    expect(result.findings.map(who)).toEqual([['y.env', 1, 'new history']]);
  });

  it('does not fail when A is unknown to the repository', async () => {
    const r = repo([
      { commit: 'base', files: { 'a.env': `k=${awsKeyId()}\n` } },
      { branch: 'pushed' },
      { commit: 'pushed commit', files: { 'p.env': `k=${awsKeyId()}\n` } },
    ]);
    const result = await range(r, `${'ab'.repeat(20)}..pushed`);
    expect(result.findings.map(who)).toEqual([['p.env', 1, 'pushed commit']]);
  });

  it('scans nothing when A equals B', async () => {
    const r = repo([{ commit: 'only', files: { 'a.env': `k=${awsKeyId()}\n` } }]);
    expect(await range(r, `${r.oid('only')}..${r.oid('only')}`)).toEqual({ findings: [], skipped: [], commits: 0 });
  });

  it("reports a merge's own lines (its conflict resolution) and not the lines it merges", async () => {
    const r = repo([
      { commit: 'base', files: { 'c.cfg': 'a\nb\n' } },
      { branch: 'side' },
      { commit: 'side', files: { 'c.cfg': 'a\nB\n', 's.env': `k=${awsKeyId()}\n` } },
      { checkout: 'main' },
      { commit: 'main', files: { 'c.cfg': 'A\nb\n' } },
      { merge: 'side', message: 'resolution', files: { 'c.cfg': `A\nB\nk=${awsKeyId()}\n` } },
    ]);
    const result = await range(r, `${r.oid('main')}..main`);
    expect(result.commits).toBe(2);
    expect(result.findings.map(who)).toEqual([
      ['s.env', 1, 'side'],
      ['c.cfg', 3, 'resolution'],
    ]);
  });

  it('fails with an input error when B is not in the repository', async () => {
    const r = repo([{ commit: 'only', files: { 'a.txt': 'a\n' } }]);
    await expect(range(r, `main..${'cd'.repeat(20)}`)).rejects.toThrow(InputError);
    await expect(range(r, 'main')).rejects.toThrow(/expected A\.\.B/);
  });
});
