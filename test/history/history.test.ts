import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultRules } from '../../rules/index.js';
import { Detector } from '../../scanner/detect/detector.js';
import { InputError } from '../../scanner/errors.js';
import { readObjects } from '../../scanner/git/cat-file.js';
import { scanHistory, type HistoryOptions } from '../../scanner/git/history-scan.js';
import { awsKeyId } from '../helpers/git-secrets.js';
import { gitdir, type GitDir, type Step } from '../helpers/gitdir.js';

const detector = new Detector({ rules: defaultRules });
const made: GitDir[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
});

function repo(steps: Step[]): GitDir {
  const r = gitdir(steps);
  made.push(r);
  return r;
}

async function scan(dir: string, o: Partial<HistoryOptions> = {}) {
  return scanHistory({ repo: dir, engine: detector, progress: false, ...o });
}

const brief = (f: { file: string; secret: string; commit: string; startLine: number }) => ({
  file: f.file,
  secret: f.secret,
  commit: f.commit,
  line: f.startLine,
});

describe('history scan', () => {
  it('finds a secret that was added and deleted later, attributed to the adding commit', async () => {
    const key = awsKeyId();
    const r = repo([
      { commit: 'start', files: { 'README.md': 'hello\n' } },
      {
        commit: 'add key',
        files: { 'deploy.env': `REGION=eu-west-1\nAWS_ACCESS_KEY_ID=${key}\n` },
        author: { name: 'Mallory', email: 'm@example.test' },
      },
      { commit: 'edit around it', files: { 'deploy.env': `# prod\nREGION=eu-west-1\nAWS_ACCESS_KEY_ID=${key}\n` } },
      { commit: 'remove key', files: { 'deploy.env': null } },
    ]);
    const { findings, stats } = await scan(r.dir);
    expect(findings.map(brief)).toEqual([{ file: 'deploy.env', secret: key, commit: r.oid('add key'), line: 2 }]);
    expect(findings[0]).toMatchObject({
      author: 'Mallory',
      email: 'm@example.test',
      date: '2024-01-01T00:02:00+00:00',
      message: 'add key',
      fingerprint: `${r.oid('add key')}:deploy.env:aws-access-key-id:2`,
    });
    expect(stats.commits).toBe(4);
  });

  it.each([
    [
      'an unmerged branch',
      [{ branch: 'wip' }, { commit: 'on branch', files: { 'k.txt': 'KEY' } }, { checkout: 'main' }],
    ],
    [
      'a commit only a tag points at',
      [
        { branch: 'tmp' },
        { commit: 'on branch', files: { 'k.txt': 'KEY' } },
        { tag: 'release-1', message: 'r1' },
        { checkout: 'main' },
        { deleteBranch: 'tmp' },
      ],
    ],
  ] as const)('finds a secret that lives only on %s', async (_name, steps) => {
    const key = awsKeyId();
    const withKey = steps.map((s) => ('files' in s ? { ...s, files: { 'k.txt': `id=${key}\n` } } : s)) as Step[];
    const r = repo([
      { commit: 'start', files: { 'a.txt': 'a\n' } },
      ...withKey,
      { commit: 'later on main', files: { 'a.txt': 'b\n' } },
    ]);
    const { findings } = await scan(r.dir);
    expect(findings.map(brief)).toEqual([{ file: 'k.txt', secret: key, commit: r.oid('on branch'), line: 1 }]);
  });

  it('reports a renamed file at both paths: the original commit at the old path, the rename at the new one', async () => {
    const key = awsKeyId();
    const r = repo([
      { commit: 'add', files: { 'old/config.ini': `key=${key}\n` } },
      { commit: 'move', files: { 'new/config.ini': { from: 'old/config.ini' } } },
    ]);
    const { findings, stats } = await scan(r.dir);
    expect(findings.map(brief)).toEqual([
      { file: 'old/config.ini', secret: key, commit: r.oid('add'), line: 1 },
      { file: 'new/config.ini', secret: key, commit: r.oid('move'), line: 1 },
    ]);
    expect(stats.blobs).toBe(1);
  });

  it("attributes a secret written in a merge's conflict resolution to the merge commit", async () => {
    const key = awsKeyId();
    const r = repo([
      { commit: 'base', files: { 'app.cfg': 'a\nb\n' } },
      { branch: 'side' },
      { commit: 'side change', files: { 'app.cfg': 'a\nB\n' } },
      { checkout: 'main' },
      { commit: 'main change', files: { 'app.cfg': 'A\nb\n' } },
      { merge: 'side', message: 'resolve conflict', files: { 'app.cfg': `A\nB\nkey=${key}\n` } },
    ]);
    const { findings } = await scan(r.dir);
    expect(findings.map(brief)).toEqual([{ file: 'app.cfg', secret: key, commit: r.oid('resolve conflict'), line: 3 }]);
  });

  it('keeps the first introduction when a merge brings a secret from a branch', async () => {
    const key = awsKeyId();
    const r = repo([
      { commit: 'base', files: { 'a.txt': 'a\n' } },
      { branch: 'feature' },
      { commit: 'feature adds key', files: { 'f.env': `K=${key}\n` } },
      { checkout: 'main' },
      { commit: 'main moves on', files: { 'a.txt': 'b\n' } },
      { merge: 'feature', message: 'merge feature' },
    ]);
    const { findings } = await scan(r.dir);
    expect(findings.map(brief)).toEqual([{ file: 'f.env', secret: key, commit: r.oid('feature adds key'), line: 1 }]);
  });

  it('reports lines and columns of CRLF files as an editor shows them', async () => {
    const key = awsKeyId();
    const r = repo([{ commit: 'crlf', files: { 'win.ini': `[aws]\r\nid = ${key}\r\nx = 1\r\n` } }]);
    const { findings } = await scan(r.dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ startLine: 2, startColumn: 6, endColumn: 25, secret: key });
  });

  it('scans non-UTF-8 text, decoding invalid bytes as replacement characters', async () => {
    const key = awsKeyId();
    const latin1 = Buffer.concat([Buffer.from('caf\xe9 = 1\n', 'latin1'), Buffer.from(`id=${key}\n`)]);
    const r = repo([{ commit: 'latin1', files: { 'notes.txt': latin1 } }]);
    const { findings } = await scan(r.dir);
    expect(findings.map((f) => [f.secret, f.startLine])).toEqual([[key, 2]]);
  });

  it('skips binary blobs and reports each binary path once', async () => {
    const key = awsKeyId();
    const png = (n: number) =>
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, n]), Buffer.from(`id=${key}`)]);
    const r = repo([
      { commit: 'logo', files: { 'logo.png': png(1) } },
      { commit: 'logo v2', files: { 'logo.png': png(2) } },
    ]);
    const { findings, skipped } = await scan(r.dir);
    expect(findings).toEqual([]);
    expect(skipped).toEqual([expect.objectContaining({ file: 'logo.png', reason: 'binary' })]);
  });

  it('skips blobs over the size limit without reading them', async () => {
    const key = awsKeyId();
    const r = repo([
      { commit: 'big', files: { 'big.txt': `${'x'.repeat(5000)}\nid=${key}\n`, 'small.txt': `id=${key}\n` } },
    ]);
    const { findings, skipped } = await scan(r.dir, { maxBytes: 1000 });
    expect(findings.map((f) => f.file)).toEqual(['small.txt']);
    expect(skipped).toEqual([expect.objectContaining({ file: 'big.txt', reason: 'too-large' })]);
  });

  it('returns nothing for an empty repository', async () => {
    const r = repo([]);
    const result = await scan(r.dir);
    expect(result).toMatchObject({ findings: [], skipped: [], stats: { commits: 0, blobs: 0 } });
  });

  it('reports one finding per path for a blob copied to several paths, reading it once', async () => {
    const key = awsKeyId();
    const body = `id=${key}\n`;
    const r = repo([
      { commit: 'one', files: { 'a/key.txt': body } },
      { commit: 'copy', files: { 'b/key.txt': body } },
      { commit: 'unrelated', files: { 'x.txt': 'x\n' } },
    ]);
    const { findings, stats } = await scan(r.dir);
    expect(findings.map((f) => [f.file, f.commit])).toEqual([
      ['a/key.txt', r.oid('one')],
      ['b/key.txt', r.oid('copy')],
    ]);
    expect(stats.blobs).toBe(2);
  });

  it('attributes a secret added in the middle of a long file to the version that added it, at its line', async () => {
    const key = awsKeyId();
    const lines = Array.from({ length: 300 }, (_, i) => `const v${i} = ${i};`);
    const v2 = [...lines];
    v2[150] = `const id = '${key}';`;
    const v3 = [...v2];
    v3[10] = 'const changed = true;';
    const r = repo([
      { commit: 'v1', files: { 'big.ts': lines.join('\n') } },
      { commit: 'v2', files: { 'big.ts': v2.join('\n') } },
      { commit: 'v3', files: { 'big.ts': v3.join('\n') } },
    ]);
    const { findings } = await scan(r.dir);
    expect(findings.map(brief)).toEqual([{ file: 'big.ts', secret: key, commit: r.oid('v2'), line: 151 }]);
    expect(findings[0]!.startColumn).toBe(13);
  });

  it('reports a secret removed and added back once, with the first commit', async () => {
    const key = awsKeyId();
    const r = repo([
      { commit: 'add', files: { 'k.txt': `id=${key}\n` } },
      { commit: 'revert', files: { 'k.txt': 'nothing\n' } },
      { commit: 'again', files: { 'k.txt': `# back\nid=${key}\n` } },
    ]);
    const { findings } = await scan(r.dir);
    expect(findings.map(brief)).toEqual([{ file: 'k.txt', secret: key, commit: r.oid('add'), line: 1 }]);
  });

  it('skips submodule entries and reports them', async () => {
    const r = repo([{ commit: 'start', files: { 'a.txt': 'a\n' } }]);
    r.git('update-index', '--add', '--cacheinfo', `160000,${r.oid('start')},vendor/lib`);
    r.git('commit', '-q', '-m', 'add submodule');
    const { skipped } = await scan(r.dir);
    expect(skipped).toEqual([expect.objectContaining({ file: 'vendor/lib', reason: 'submodule' })]);
  });

  it('keeps going past a missing object and reports it', async () => {
    const lost = awsKeyId();
    const kept = awsKeyId();
    const r = repo([{ commit: 'two files', files: { 'lost.txt': `id=${lost}\n`, 'kept.txt': `id=${kept}\n` } }]);
    const oid = r.git('rev-parse', 'HEAD:lost.txt');
    rmSync(join(r.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const { findings, skipped } = await scan(r.dir);
    expect(findings.map((f) => f.secret)).toEqual([kept]);
    expect(skipped).toEqual([expect.objectContaining({ file: 'lost.txt', reason: 'missing-object' })]);
  });

  it('scans a shallow clone, attributing what the boundary commit holds to it', async () => {
    const old = awsKeyId();
    const fresh = awsKeyId();
    const src = repo([
      { commit: 'old', files: { 'old.txt': `id=${old}\n` } },
      { commit: 'middle', files: { 'm.txt': 'm\n' } },
      { commit: 'new', files: { 'new.txt': `id=${fresh}\n` } },
    ]);
    const dir = `${src.dir}-shallow`;
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${src.dir}`, dir], { env: src.env });
    made.push({ ...src, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) });
    const { findings } = await scan(dir);
    expect(findings.map((f) => [f.file, f.commit])).toEqual([
      ['old.txt', src.oid('middle')],
      ['new.txt', src.oid('new')],
    ]);
  });

  it('scans a partial clone without fetching, reporting absent blobs as missing', async () => {
    const old = awsKeyId();
    const fresh = awsKeyId();
    const src = repo([
      { commit: 'old', files: { 'k.txt': `id=${old}\n` } },
      { commit: 'new', files: { 'k.txt': `id=${fresh}\n` } },
    ]);
    src.git('config', 'uploadpack.allowFilter', 'true');
    const dir = `${src.dir}-partial`;
    execFileSync('git', ['clone', '-q', '--filter=blob:none', `file://${src.dir}`, dir], { env: src.env });
    made.push({ ...src, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) });
    const { findings, skipped } = await scan(dir);
    expect(findings.map((f) => f.secret)).toEqual([fresh]);
    expect(skipped).toEqual([expect.objectContaining({ file: 'k.txt', reason: 'missing-object' })]);
    const objects = execFileSync('git', ['count-objects', '-v'], { cwd: dir, env: src.env, encoding: 'utf8' });
    expect(objects).toMatch(/^count: 0$/m);

    // Asked directly for an absent blob, cat-file dies; the reader reports it and carries on.
    const absent = src.git('rev-parse', `${src.oid('old')}:k.txt`);
    const present = src.git('rev-parse', `${src.oid('new')}:k.txt`);
    const kinds: string[] = [];
    for await (const obj of readObjects(dir, [present, absent, present])) kinds.push(obj.kind);
    expect(kinds).toEqual(['object', 'missing', 'object']);
  });
});

describe('history scan revision selection', () => {
  const build = () => {
    const [k1, k2, k3] = [awsKeyId(), awsKeyId(), awsKeyId()];
    const r = repo([
      { commit: 'one', files: { 'one.txt': `id=${k1}\n` } },
      { tag: 'v1' },
      { commit: 'two', files: { 'two.txt': `id=${k2}\n` } },
      { branch: 'feature' },
      { commit: 'three', files: { 'three.txt': `id=${k3}\n` } },
      { checkout: 'main' },
    ]);
    return { r, keys: [k1, k2, k3] };
  };

  it('limits the walk to given refs', async () => {
    const { r, keys } = build();
    const { findings } = await scan(r.dir, { refs: ['main'] });
    expect(findings.map((f) => f.secret)).toEqual(keys.slice(0, 2));
  });

  it('scans only what came after --since', async () => {
    const { r, keys } = build();
    const { findings } = await scan(r.dir, { since: 'v1' });
    expect(findings.map((f) => f.secret)).toEqual(keys.slice(1));
  });

  it('scans what a --range adds', async () => {
    const { r, keys } = build();
    const { findings } = await scan(r.dir, { range: 'main..feature' });
    expect(findings.map((f) => f.secret)).toEqual([keys[2]]);
  });

  it('includes refs/pull/* by default and leaves them out on request', async () => {
    const { r, keys } = build();
    r.git('update-ref', 'refs/pull/7/head', 'feature');
    r.git('branch', '-q', '-D', 'feature');
    expect((await scan(r.dir)).findings.map((f) => f.secret)).toEqual(keys);
    expect((await scan(r.dir, { pullRefs: false })).findings.map((f) => f.secret)).toEqual(keys.slice(0, 2));
  });

  it('rejects an unknown ref with an input error that names it', async () => {
    const { r } = build();
    await expect(scan(r.dir, { refs: ['no-such-branch'] })).rejects.toThrow(InputError);
    await expect(scan(r.dir, { since: 'nope' })).rejects.toThrow(/--since nope/);
  });

  it('rejects a directory that is not a repository', async () => {
    await expect(scan('/')).rejects.toThrow(InputError);
  });
});

describe('history scan on the worker pool', () => {
  it('finds the same as the in-process detector', async () => {
    const { DetectPool } = await import('../../scanner/pool/detect-pool.js');
    const keys = [awsKeyId(), awsKeyId()];
    const r = repo([
      { commit: 'one', files: { 'a.env': `k=${keys[0]}\n`, 'logo.png': Buffer.from([0, 1, 2]) } },
      { commit: 'two', files: { 'a.env': `k=${keys[0]}\nk2=${keys[1]}\n`, 'b.env': `k=${keys[0]}\n` } },
    ]);
    const pool = DetectPool.start({ threads: 2, configText: null, configFile: null });
    try {
      const pooled = await scan(r.dir, { engine: pool });
      const local = await scan(r.dir);
      expect(pooled).toEqual({ ...local, stats: { ...local.stats, ms: pooled.stats.ms } });
      expect(pooled.findings.map((f) => [f.file, f.message])).toEqual([
        ['a.env', 'one'],
        ['a.env', 'two'],
        ['b.env', 'two'],
      ]);
    } finally {
      await pool.close();
    }
  });
});
