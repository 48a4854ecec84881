import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { type GitDir, gitdir } from '../../test/helpers/gitdir.js';
import { readRefs, updateRefs } from './refs.js';

const made: GitDir[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
});

describe('updateRefs', () => {
  it('moves no ref at all when one of them moved since the rewrite read it', async () => {
    const r = gitdir([
      { commit: 'one' },
      { branch: 'b' },
      { commit: 'two' },
      { checkout: 'main' },
      { commit: 'three' },
    ]);
    made.push(r);
    const before = await readRefs(r.dir);
    // Someone commits on b while the rewrite runs.
    r.git('update-ref', 'refs/heads/b', r.oid('three'));
    const changes = [
      { ref: 'refs/heads/main', old: before.get('refs/heads/main')!, new: r.oid('one') },
      { ref: 'refs/heads/b', old: before.get('refs/heads/b')!, new: r.oid('one') },
    ];
    await expect(updateRefs(r.dir, changes)).rejects.toThrow(InputError);
    await expect(updateRefs(r.dir, changes)).rejects.toThrow(
      /the repository is unchanged: run leakhound rewrite again/,
    );
    expect(r.git('rev-parse', 'main')).toBe(r.oid('three'));
    expect(r.git('rev-parse', 'b')).toBe(r.oid('three'));
  });

  it('moves a detached HEAD without touching the branch it came from', async () => {
    const r = gitdir([{ commit: 'one' }, { commit: 'two' }]);
    made.push(r);
    r.git('checkout', '-q', '--detach', r.oid('two'));
    const before = await readRefs(r.dir);
    expect(before.get('HEAD')).toBe(r.oid('two'));
    await updateRefs(r.dir, [{ ref: 'HEAD', old: r.oid('two'), new: r.oid('one') }]);
    expect(r.git('rev-parse', 'HEAD')).toBe(r.oid('one'));
    expect(r.git('rev-parse', 'main')).toBe(r.oid('two'));
  });
});
