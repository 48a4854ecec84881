import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { join as cat, rand, UPPER } from '../rules/fixture-kit.js';
import { defaultRules } from '../rules/index.js';
import { Detector } from './detect/detector.js';
import { DetectPool } from './pool/detect-pool.js';
import { scanFiles, type FileScanOptions } from './scan-files.js';
import { DEFAULT_EXCLUDES } from './sources/files.js';

const created: string[] = [];
afterAll(() => {
  for (const d of created) rmSync(d, { recursive: true, force: true });
});
const B32 = `${UPPER}234567`;
const akid = (): string => cat('AKIA', rand(B32, 16));

function tree(): { root: string; keys: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'lh-scan-'));
  created.push(root);
  const keys: string[] = [];
  for (let i = 0; i < 12; i++) {
    const dir = join(root, `pkg${i % 3}`);
    mkdirSync(dir, { recursive: true });
    const k = akid();
    keys.push(k);
    writeFileSync(join(dir, `f${i}.env`), `# config ${i}\n${'x = 1\n'.repeat(i * 50)}AWS_ACCESS_KEY_ID=${k}\n`);
  }
  mkdirSync(join(root, 'node_modules/dep'), { recursive: true });
  writeFileSync(join(root, 'node_modules/dep/index.js'), `const k = "${akid()}";\n`);
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git/config'), `k=${akid()}\n`);
  writeFileSync(join(root, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(root, 'huge.txt'), 'y'.repeat(5000));
  symlinkSync('/etc/passwd', join(root, 'link'));
  return { root, keys };
}

const options = (root: string, extra: Partial<FileScanOptions> = {}): FileScanOptions => ({
  threads: 2,
  detector: new Detector({ rules: defaultRules }),
  spec: { configText: null, configFile: null },
  walk: { root, maxFileSize: 4096, excludeDirs: DEFAULT_EXCLUDES, excludePaths: [] },
  progress: false,
  ...extra,
});

describe('scanFiles', () => {
  it('finds the same secrets on worker threads as in-process', async () => {
    const { root, keys } = tree();
    const pooled = await scanFiles([root], options(root, { inProcessBelow: 0 }));
    const inline = await scanFiles([root], options(root, { threads: 1 }));
    const secrets = (r: typeof pooled) => r.findings.map((f) => `${f.file}:${f.startLine}:${f.secret}`).sort();
    expect(secrets(pooled)).toEqual(secrets(inline));
    expect(pooled.findings.map((f) => f.secret).sort()).toEqual([...keys].sort());
    expect(pooled.findings.every((f) => /^pkg\d\/f\d+\.env$/.test(f.file))).toBe(true);
  });

  it('skips .git, dependency folders and symlinks, and reports binary and oversized files', async () => {
    const { root } = tree();
    const r = await scanFiles([root], options(root));
    expect(r.findings.some((f) => f.file.startsWith('node_modules/') || f.file.startsWith('.git/'))).toBe(false);
    expect(r.skipped).toEqual(
      expect.arrayContaining([
        { file: 'image.png', reason: 'binary' },
        { file: 'huge.txt', reason: 'too-large', detail: '5000 bytes' },
        {
          file: 'node_modules/',
          reason: 'dependency-folder',
          detail: 'not tracked by git; --no-default-excludes scans it',
        },
      ]),
    );
    const all = await scanFiles(
      [root],
      options(root, { walk: { root, maxFileSize: 4096, excludeDirs: [], excludePaths: [] } }),
    );
    expect(all.findings.some((f) => f.file === 'node_modules/dep/index.js')).toBe(true);
  });

  it('refuses a path that does not exist instead of reporting it clean', async () => {
    const { root } = tree();
    await expect(scanFiles([join(root, 'nope')], options(root))).rejects.toThrow(/nope: no such file or directory/);
  });
});

describe('DetectPool', () => {
  it('scans transferred bytes, keeps at most its capacity in flight, and closes', async () => {
    const pool = DetectPool.start({ threads: 2, configText: null, configFile: null });
    const keys = Array.from({ length: 20 }, akid);
    let maxInFlight = 0;
    const running = [];
    for (const [i, k] of keys.entries()) {
      await pool.whenReady();
      running.push(pool.run({ path: `b${i}`, bytes: Buffer.from(`id=${k}\n`) }));
      maxInFlight = Math.max(maxInFlight, pool.inFlight);
    }
    const results = await Promise.all(running);
    await pool.close();
    expect(maxInFlight).toBeLessThanOrEqual(pool.capacity);
    expect(results.map((r) => r.findings[0]?.secret)).toEqual(keys);
  });
});
