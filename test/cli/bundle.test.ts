import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a script of plain JavaScript, without type declarations.
import { builtinsByGetter } from '../../scripts/build-cli.mjs';

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

describe("the bundle's imports of Node built-ins (builtinsByGetter)", () => {
  const getter = builtinsByGetter as (text: string) => string;

  it('become process.getBuiltinModule reads, in every form esbuild writes them', () => {
    const text = [
      'import { a, b as c } from "node:fs";',
      'import fs, { readFileSync } from "node:fs";',
      'import * as path from "node:path";',
      'import url from "node:url";',
      'import {\n  spawn,\n  execFile as run\n} from "node:child_process";',
      'import { x } from "./chunk-ABC.js";',
      'use(a, c, fs, readFileSync, path, url, spawn, run);',
    ].join('\n');
    expect(getter(text)).toBe(
      [
        'const { a, b: c } = process.getBuiltinModule("node:fs");',
        'const fs = process.getBuiltinModule("node:fs");',
        'const { readFileSync } = fs;',
        'const path = process.getBuiltinModule("node:path");',
        'const url = process.getBuiltinModule("node:url");',
        'const { spawn, execFile: run } = process.getBuiltinModule("node:child_process");',
        'import { x } from "./chunk-ABC.js";',
        'use(a, c, fs, readFileSync, path, url, spawn, run);',
      ].join('\n'),
    );
  });

  it('fail the build when one is left as it was', () => {
    expect(() => getter('import "node:fs";\n')).toThrow(/left as it was/);
  });

  it('are none in the committed bundle: every built-in is read through process.getBuiltinModule', () => {
    const dist = new URL('scanner/dist/', ROOT);
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(readFileSync(new URL(f, dist), 'utf8')).not.toMatch(/^import[^;]*"node:/m);
  });
});
