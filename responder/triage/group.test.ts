import { describe, expect, it } from 'vitest';
import { BASE64, join, rand, UPPER } from '../../rules/fixture-kit.js';
import type { Candidate } from './candidate.js';
import { groupCandidates } from './group.js';

const keyId = join('AKIA', rand(`${UPPER}234567`, 16));
const secretKey = rand(BASE64, 40);
const token = rand(BASE64, 32);

function cand(ruleId: string, secret: string, file: string, line: number, commit = 'a'.repeat(40)): Candidate {
  const severity = ruleId === 'aws-secret-access-key' ? 'critical' : 'high';
  return {
    ruleId,
    description: ruleId,
    severity,
    secret,
    file,
    startLine: line,
    commit,
    author: 'a',
    email: 'e',
    date: '2024-01-01T00:00:00Z',
    fingerprint: `${commit}:${file}:${ruleId}:${line}`,
  };
}

const none = { isSuppressed: () => false, visibility: 'private' };

describe('groupCandidates', () => {
  it('makes one incident of one credential found in many places', () => {
    const { groups } = groupCandidates(
      [cand('aws-access-key-id', keyId, 'a.env', 1), cand('aws-access-key-id', keyId, 'b.env', 7, 'b'.repeat(40))],
      none,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.candidates).toHaveLength(2);
    expect(groups[0]!.provider).toBe('aws');
  });

  it('pairs an AWS secret key with the key id next to it instead of opening a second incident', () => {
    const { groups } = groupCandidates(
      [cand('aws-access-key-id', keyId, '.env', 1), cand('aws-secret-access-key', secretKey, '.env', 2)],
      none,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ identity: keyId, pair: secretKey, severity: 'critical' });
  });

  it('keeps an AWS secret key without a key id nearby as its own incident, with no provider', () => {
    const { groups } = groupCandidates(
      [cand('aws-access-key-id', keyId, '.env', 1), cand('aws-secret-access-key', secretKey, 'other.env', 2)],
      none,
    );
    expect(groups.map((g) => [g.ruleId, g.provider])).toEqual([
      ['aws-access-key-id', 'aws'],
      ['aws-secret-access-key', null],
    ]);
  });

  it('drops what the repository suppresses and counts it', () => {
    const c = cand('generic-api-key', token, 'x.ts', 3);
    const r = groupCandidates([c], { isSuppressed: (x) => x.file === 'x.ts', visibility: 'private' });
    expect(r).toEqual({ groups: [], suppressed: 1 });
  });

  it.each([
    ['private', 'high'],
    ['public', 'critical'],
  ])('raises severity one step when the repository is public (%s → %s)', (visibility, severity) => {
    expect(
      groupCandidates([cand('aws-access-key-id', keyId, '.env', 1)], { isSuppressed: () => false, visibility })
        .groups[0]!.severity,
    ).toBe(severity);
  });
});
