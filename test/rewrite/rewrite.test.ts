import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { commitMap, differences } from './compare.js';
import { cleanupClones, cloneOf, git, type Leaky, leakyOrigin, objectsAfterGc, refs } from './repos.js';

let leaky: Leaky;
beforeAll(() => {
  leaky = leakyOrigin();
});
afterAll(() => {
  leaky.origin.cleanup();
  cleanupClones();
});

const env = (): NodeJS.ProcessEnv => leaky.origin.env;
const count = (dir: string, ...args: string[]): number =>
  Number(
    git(dir, env(), ...args)
      .split('\n')
      .filter(Boolean).length,
  );

describe.each(['plain', 'mirror'] as const)('leakhound rewrite on a %s clone', (how) => {
  let dir: string;
  let gitDir: string;
  let out: ReturnType<typeof runCli>;
  let before: { commits: number; tags: number; refs: string };

  beforeAll(() => {
    dir = cloneOf(leaky.origin, how);
    gitDir = how === 'mirror' ? dir : join(dir, '.git');
    before = {
      commits: count(dir, 'rev-list', '--all'),
      tags: count(dir, 'tag'),
      refs: refs(dir, env()),
    };
    out = runCli(['rewrite', '--repo', dir], { env: env() });
  });

  it('succeeds and says what it rewrote, without printing a secret', () => {
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/9 secret\(s\) removed .*\(aws-access-key-id 9\)/);
    expect(out.stdout).toMatch(/commits rewritten: \d+ of \d+; the first is [0-9a-f]{40}/);
    expect(out.stdout).toContain('git push --force-with-lease=refs/heads/main:');
    expect(out.stdout).toContain('refs/pull/* are read-only');
    expect(out.stdout).toMatch(/rotate the secret first/);
    for (const key of Object.values(leaky.keys)) expect(out.stdout).not.toContain(key);
  });

  it('leaves no secret in any object once reflogs are expired and gc has run', () => {
    const all = objectsAfterGc(dir, env());
    for (const [where, key] of Object.entries(leaky.keys)) expect(all.includes(key), where).toBe(false);
    expect(all).toContain('***REMOVED***');
  });

  it('keeps the number of commits and tags, and annotated tags annotated', () => {
    expect(count(dir, 'rev-list', '--all')).toBe(before.commits);
    expect(count(dir, 'tag')).toBe(before.tags);
    expect(git(dir, env(), 'cat-file', '-t', 'refs/tags/release-1')).toBe('tag');
    expect(git(dir, env(), 'cat-file', '-t', 'refs/tags/light-1')).toBe('commit');
    expect(git(dir, env(), 'cat-file', '-p', 'refs/tags/notes-1')).toContain(
      'rotated AWS_ACCESS_KEY_ID=***REMOVED*** today',
    );
  });

  it('changes no byte but the secrets, in files, headers and messages', () => {
    expect(commitMap(gitDir)).toHaveLength(before.commits);
    expect(differences(leaky.origin.dir, dir, gitDir, env(), Object.values(leaky.keys))).toEqual([]);
  });

  it('writes a ref map with every moved ref', () => {
    const map = readFileSync(join(gitDir, 'leakhound-rewrite', 'ref-map'), 'utf8');
    // A plain clone has the unmerged branch only as a remote-tracking ref; it is pushed back as a branch.
    const wip = how === 'mirror' ? 'refs/heads/wip' : 'refs/remotes/origin/wip';
    for (const ref of ['refs/heads/main', wip, 'refs/tags/light-1', 'refs/tags/release-1', 'refs/tags/notes-1'])
      expect(map).toContain(` ${ref}\n`);
    const pushes = readFileSync(join(gitDir, 'leakhound-rewrite', 'push-commands'), 'utf8');
    expect(pushes).toContain('git push --force-with-lease=refs/tags/release-1:');
    expect(pushes).toMatch(/git push --force-with-lease=refs\/heads\/wip:[0-9a-f]{40} origin \S+/);
  });

  it('leaves a history that leakhound history finds clean', () => {
    const again = runCli(['history', '--repo', dir, '--format', 'json'], { env: env() });
    expect(again.stderr).toBe('');
    expect(JSON.parse(again.stdout)).toEqual([]);
    expect(again.code).toBe(0);
  });

  if (how === 'plain')
    it('updates the working tree to the rewritten HEAD and leaves it clean', () => {
      expect(readFileSync(join(dir, 'live.env'), 'utf8')).toBe(
        'line one\nAWS_ACCESS_KEY_ID=***REMOVED***\nline three\n',
      );
      expect(git(dir, env(), 'status', '--porcelain')).toBe('');
    });

  it('finds nothing to remove when run a second time, and changes nothing', () => {
    const refsNow = refs(dir, env());
    const second = runCli(['rewrite', '--repo', dir], { env: env() });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/nothing to remove/);
    expect(refs(dir, env())).toBe(refsNow);
    expect(refsNow).not.toBe(before.refs);
  });
});
