import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE, bundleAction } from '../../action/build.js';

describe('the committed action bundle', () => {
  it('equals a fresh build of the sources (run npm run build:action and commit action/dist/index.js)', async () => {
    expect(existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build:action`).toBe(true);
    const fresh = await bundleAction();
    const committed = readFileSync(BUNDLE, 'utf8');
    // A plain equality check would print a megabyte of diff; say where they part instead.
    let at = 0;
    while (at < fresh.length && fresh[at] === committed[at]) at++;
    const line = fresh.slice(0, at).split('\n').length;
    expect(committed === fresh, `action/dist/index.js is out of date from line ${line}: run npm run build:action`).toBe(
      true,
    );
  }, 60_000);

  it('is what action.yml runs, on the node24 runtime', () => {
    const yml = readFileSync(new URL('../../action/action.yml', import.meta.url), 'utf8');
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/index\.js$/m);
  });
});
