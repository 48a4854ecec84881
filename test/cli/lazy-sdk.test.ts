// `leakhound providers` and `leakhound verify` must start without loading the AWS SDK, Stripe or
// Bolt: they load on first use (dynamic import), only when a credential of theirs is checked.
// Shown by which modules a child process resolves (a module resolution hook), not by timing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = join(ROOT, 'scanner/dist/cli.js');
const REGISTRY = join(ROOT, 'dist/rules/providers.js');
const HEAVY = /\/node_modules\/(@aws-sdk\/[^/]+|@smithy\/[^/]+|stripe|@slack\/bolt)\//;

// Records every module URL the process resolves (import and require alike) and prints the
// heavy ones at exit, one per line after a marker.
const HOOK = `
import { registerHooks } from 'node:module';
const seen = new Set();
registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.add(r.url); return r; } });
process.on('exit', () => {
  const heavy = [...new Set([...seen].map((u) => ${HEAVY}.exec(u)?.[1]).filter(Boolean))];
  process.stderr.write('\\nHEAVY:' + heavy.join(',') + '\\n');
});
`;

let dir: string;
let hook: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakhound-lazy-'));
  hook = join(dir, 'hook.mjs');
  writeFileSync(hook, HOOK);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The heavy packages a node process loaded, and how it exited. */
function loaded(args: string[], input = '', env: NodeJS.ProcessEnv = {}): { heavy: string[]; code: number | null } {
  const r = spawnSync(process.execPath, ['--import', hook, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  const line = /\nHEAVY:(.*)\n/.exec(r.stderr)?.[1];
  if (line === undefined) throw new Error(`no module report (exit ${r.status}): ${r.stderr.slice(0, 400)}`);
  return { heavy: line ? line.split(',') : [], code: r.status };
}

// Loopback ports nothing listens on: a provider call fails fast and nothing leaves the machine.
const CLOSED = {
  LEAKHOUND_GITHUB_API_URL: 'http://127.0.0.1:9',
  LEAKHOUND_AWS_API_URL: 'http://127.0.0.1:9',
  LEAKHOUND_STRIPE_API_URL: 'http://127.0.0.1:9',
};

describe('heavy SDKs load lazily', () => {
  it.skipIf(!existsSync(REGISTRY))('importing the provider registry loads none of them', () => {
    const r = loaded(['-e', `await import(${JSON.stringify(REGISTRY)})`, '--input-type=module']);
    expect(r.heavy).toEqual([]);
  });

  it.each([
    ['the committed bundle', BUNDLE],
    ['the build', CLI],
  ])('%s runs `providers` and `verify` of a GitHub token without them', (_name, cli) => {
    expect(loaded([cli, 'providers']).heavy).toEqual([]);
    const v = loaded([cli, 'verify', '--rule', 'github-pat', '-'], `ghp_${'a'.repeat(36)}\n`, CLOSED);
    expect(v.code).toBe(3);
    expect(v.heavy).toEqual([]);
  });

  it('loads the AWS SDK once an AWS key pair is actually verified (the check can see it)', () => {
    const input = `AKIA${'Q'.repeat(16)}\n${'s'.repeat(40)}\n`;
    const r = loaded([BUNDLE, 'verify', '--rule', 'aws-access-key-id', '-'], input, CLOSED);
    expect(r.code).toBe(3);
    expect(r.heavy).toEqual(expect.arrayContaining(['@aws-sdk/client-sts']));
    expect(r.heavy.some((m) => m === 'stripe' || m === '@slack/bolt')).toBe(false);
  });
});
