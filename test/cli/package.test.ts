// The package as users get it: `npm pack`, then `npm install -g` of the tarball into a prefix of
// its own, with no repository around, running the committed CLI bundle.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join as cat, rand, UPPER } from '../../rules/fixture-kit.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'lh-package-'));
const prefix = join(work, 'prefix');
const bin = join(prefix, 'bin', 'leakhound');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(cmd: string, args: string[], cwd: string) {
  // npm_config_* from an enclosing `npm test` would point the install at this checkout.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 240_000 });
}

let files: string[] = [];
let tarball = '';
beforeAll(() => {
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  files = info.files.map((f) => f.path);
  tarball = join(work, info.filename);
  const installed = run(
    'npm',
    ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball],
    work,
  );
  expect(installed.status, installed.stderr).toBe(0);
}, 300_000);

describe('the npm package', () => {
  it('holds the CLI bundle and the README, and nothing of tests, benchmarks or sources', () => {
    expect(files).toContain('scanner/dist/cli.js');
    expect(files).toContain('scanner/dist/detect-worker.js');
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files.filter((f) => /(^|\/)test\/|\.test\.|bench|\.ts$|\.map$/.test(f))).toEqual([]);
  });

  it('installs globally and runs as leakhound outside the repository', () => {
    const r = run(bin, ['--version'], work);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`leakhound ${pkg.version}\n`);
  });

  it('finds a key in a directory, on worker threads for a large one', () => {
    const tree = join(work, 'tree');
    mkdirSync(tree);
    const filler = `${'const config = loadSettings(process.env);\n'.repeat(30_000)}`;
    const keys: string[] = [];
    for (let i = 0; i < 4; i++) {
      const key = cat('AKIA', rand(`${UPPER}234567`, 16));
      keys.push(key);
      writeFileSync(join(tree, `part${i}.js`), `${filler}const id = '${key}';\n`);
    }
    const r = run(bin, ['scan', tree, '--threads', '2', '--format', 'json', '--no-redact'], work);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const found = (JSON.parse(r.stdout) as { secret: string }[]).map((f) => f.secret).sort();
    expect(found).toEqual(keys.sort());
  });
});
