import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REGEX_FLAGS } from './regex-safety.js';

describe('the regex flags', () => {
  it('are all known to this Node: V8 would print a complaint for each other one on every run', () => {
    const script = `const v8 = require('node:v8'); for (const f of ${JSON.stringify(REGEX_FLAGS)}) v8.setFlagsFromString(f);`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const bad = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString('--no-such-flag-here')`], {
      encoding: 'utf8',
    });
    expect(bad.stderr).toMatch(/no-such-flag-here/);
  });
});
