import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { maskSecret, redactFinding, redactPercent } from './redact.js';
import { makeFinding } from '../../test/helpers/finding.js';

function finding(over: Partial<Finding>): Finding {
  return makeFinding({
    secret: 'secret',
    match: 'line containing secret',
    file: 'a.txt',
    startLine: 1,
    endLine: 1,
    startColumn: 17,
    endColumn: 22,
    fingerprint: 'a.txt:example-rule:1',
    entropy: 2.5,
    ...over,
  });
}

describe('maskSecret', () => {
  // gitleaks' own table (report/finding_test.go): keep round-half-even((100-N)% of the length).
  it.each([
    ['secret', 75, 'se...'],
    ['secret', 90, 's...'],
    ['secret', 10, 'secre...'],
    ['secret', 1000, '...'],
    ['ss', 75, '...'],
    ['', 75, ''],
  ])('masks %j at %i percent as %j', (secret, percent, expected) => {
    expect(maskSecret(secret, percent)).toBe(expected);
  });

  it('counts code points, so it never keeps half of a surrogate pair', () => {
    expect(maskSecret('🔑🔑🔑🔑', 50)).toBe('🔑🔑...');
  });

  it('keeps nothing past the first line of a secret that spans lines', () => {
    expect(maskSecret('abc\ndefghijkl', 10)).toBe('abc...');
  });
});

describe('redactPercent', () => {
  it.each([
    [true, 100],
    [false, 0],
    [75, 75],
    [150, 100],
    [-5, 0],
    [Number.NaN, 100],
  ])('reads %j as %i percent', (input, expected) => {
    expect(redactPercent(input)).toBe(expected);
  });
});

describe('redactFinding', () => {
  it('replaces the secret with REDACTED in secret and match when redaction is full', () => {
    const f = redactFinding(finding({}), true);
    expect(f.secret).toBe('REDACTED');
    expect(f.match).toBe('line containing REDACTED');
  });

  it('masks every occurrence in the match when redaction is partial', () => {
    const f = redactFinding(finding({ match: 'secret = secret' }), 75);
    expect(f).toMatchObject({ secret: 'se...', match: 'se... = se...' });
  });

  it.each([false, 0])('returns the finding untouched when redact is %j', (redact) => {
    const f = finding({});
    expect(redactFinding(f, redact)).toBe(f);
  });

  it('leaves a path-only finding (empty secret) untouched', () => {
    const f = finding({ secret: '', match: 'a.txt' });
    expect(redactFinding(f, true)).toBe(f);
  });

  it('also scrubs the commit message, where a pasted secret would otherwise survive', () => {
    const f = redactFinding(finding({ message: 'rotate secret later' }), true);
    expect(f.message).toBe('rotate REDACTED later');
  });

  it('inserts the mask literally, without expanding $ patterns', () => {
    const f = redactFinding(finding({ secret: '$&x$&x', match: 'v=$&x$&x' }), 50);
    expect(f.match).toBe('v=$&x...');
  });

  it('scrubs each line of a multi-line secret even where the match uses other line endings', () => {
    const secret = 'synthetic-line-one\nsynthetic-line-two';
    const match = 'key: |\r\n  synthetic-line-one\r\n  synthetic-line-two\r\n';
    const f = redactFinding(finding({ secret, match }), true);
    expect(f.match).toBe('key: |\r\n  REDACTED\r\n  REDACTED\r\n');
  });

  it('keeps the partial prefix intact while scrubbing a multi-line secret', () => {
    const secret = 'synthetic-line-one\nsynthetic-line-two';
    const f = redactFinding(finding({ secret, match: `x\n${secret}\ny` }), 90);
    expect(f.secret).toBe('synt...');
    expect(f.match).toBe('x\nsynt...\ny');
  });

  it('does not modify the finding it was given', () => {
    const f = finding({});
    redactFinding(f, true);
    expect(f.secret).toBe('secret');
  });
});
