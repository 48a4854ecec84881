import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);

describe('the committed CLI bundle (scanner/dist)', () => {
  it('equals a fresh build of the sources (run npm run build:cli and commit scanner/dist)', () => {
    const r = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('is what the package bin runs, so installs from git need no build step', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
    expect(pkg.bin).toEqual({ leakhound: 'scanner/dist/cli.js' });
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(readFileSync(new URL('scanner/dist/cli.js', ROOT), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});
