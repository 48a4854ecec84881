import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { allowHint } from './allow-hint.js';
import { parsePushRefs } from './pre-push.js';

const A = 'a'.repeat(40);
const Z = '0'.repeat(40);

describe('parsePushRefs', () => {
  it('reads the lines git writes to a pre-push hook, ignoring blank ones', () => {
    expect(parsePushRefs(`refs/heads/main ${A} refs/heads/main ${Z}\n\n`)).toEqual([
      { localRef: 'refs/heads/main', localSha: A, remoteRef: 'refs/heads/main', remoteSha: Z },
    ]);
  });

  it.each([`refs/heads/main ${A} refs/heads/main`, `refs/heads/main nope refs/heads/main ${Z}`, `a ${A} b ${Z} extra`])(
    'rejects %j',
    (line) => {
      expect(() => parsePushRefs(line)).toThrow(/expected "<local ref> <local sha> <remote ref> <remote sha>"/);
    },
  );
});

describe('allowHint', () => {
  const f = (over: Partial<Finding>): Finding =>
    ({
      ruleId: 'r',
      file: "it's.env",
      startLine: 2,
      commit: '',
      fingerprint: "it's.env:r:2",
      secret: 'never-shown-0001',
      ...over,
    }) as Finding;

  it('quotes the ignore-file line for the shell and never shows the secret', () => {
    const text = allowHint([f({})], 'commit');
    expect(text).toContain(`echo 'it'\\''s.env:r:2' >> .gitleaksignore && git add .gitleaksignore`);
    expect(text).toContain("add a comment containing leakhound:allow to line 2 of it's.env");
    expect(text).not.toContain('never-shown-0001');
  });

  it('names the commit-qualified fingerprint for a push, and the push escape hatch', () => {
    const text = allowHint([f({ commit: A, fingerprint: `${A}:it's.env:r:2` })], 'push');
    expect(text).toContain(`${A}:it'\\''s.env:r:2`);
    expect(text).toContain('git push --no-verify');
    expect(text).not.toContain('leakhound:allow to line');
  });

  it('lists one spot once even when two findings share it', () => {
    expect(allowHint([f({}), f({})], 'commit').match(/>> \.gitleaksignore/g)).toHaveLength(1);
  });
});
