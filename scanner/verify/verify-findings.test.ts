import { describe, expect, it } from 'vitest';
import type { Credential, ProviderContext } from '../../rules/provider.js';
import { fakeFetch } from '../../test/helpers/fake-fetch.js';
import { makeFinding } from '../../test/helpers/finding.js';
import { verifyFindings } from './verify-findings.js';

const at = () => new Date('2026-12-06T12:00:00Z');

describe('verifyFindings', () => {
  it('asks once per distinct secret, however many findings repeat it', async () => {
    const f = fakeFetch(() => ({ status: 200, body: { login: 'octocat' } }));
    const ctx: ProviderContext = { fetch: f.fetch, env: {}, timeoutMs: 1000 };
    const findings = ['a.txt', 'b.txt', 'c.txt'].map((file) =>
      makeFinding({ ruleId: 'github-pat', secret: 'ghp_same', file }),
    );
    const out = await verifyFindings(findings, ctx, at);
    expect(f.sent).toHaveLength(1);
    expect(out.map((x) => x.verification)).toEqual(
      findings.map(() => ({
        state: 'live',
        reason: 'GitHub accepts the token as octocat',
        checkedAt: '2026-12-06T12:00:00.000Z',
      })),
    );
    expect(findings[0]).not.toHaveProperty('verification');
  });

  it('answers unknown, sending nothing, for rules no provider verifies', async () => {
    const f = fakeFetch(() => ({ status: 200 }));
    const out = await verifyFindings(
      [makeFinding({ ruleId: 'generic-password' })],
      { fetch: f.fetch, env: {}, timeoutMs: 1 },
      at,
    );
    expect(out[0]!.verification).toMatchObject({ state: 'unknown', reason: 'no provider verifies generic-password' });
    expect(f.sent).toEqual([]);
  });

  it('verifies a two-part credential with the nearest half in the same file, and gives both halves the answer', async () => {
    const asked: Credential[] = [];
    const aws = {
      iam: {} as never,
      sts: {} as never,
      keyPairSts: (id: string, secret: string) => {
        asked.push({ ruleId: 'aws-access-key-id', secret: id, pair: secret });
        return { send: async () => ({ Arn: 'arn:aws:iam::1:user/x', Account: '1' }) } as never;
      },
    };
    const ctx: ProviderContext = { fetch: fakeFetch(() => ({ status: 500 })).fetch, env: {}, timeoutMs: 1000, aws };
    const out = await verifyFindings(
      [
        makeFinding({ ruleId: 'aws-access-key-id', secret: 'AKIA_ONE', startLine: 1 }),
        makeFinding({ ruleId: 'aws-secret-access-key', secret: 'far', startLine: 40 }),
        makeFinding({ ruleId: 'aws-secret-access-key', secret: 'near', startLine: 2 }),
        makeFinding({ ruleId: 'aws-secret-access-key', secret: 'lonely', file: 'other.txt' }),
      ],
      ctx,
      at,
    );
    expect(asked).toContainEqual({ ruleId: 'aws-access-key-id', secret: 'AKIA_ONE', pair: 'near' });
    expect(out.map((x) => x.verification?.state)).toEqual(['live', 'live', 'live', 'unknown']);
    expect(out[3]!.verification!.reason).toContain('other half');
  });

  it('never lets a provider bug or its reason carry the secret into the report', async () => {
    const secret = 'ghp_leaky';
    const f = fakeFetch(() => ({ status: 200, body: { login: `x${secret}` } }));
    const out = await verifyFindings(
      [makeFinding({ ruleId: 'github-pat', secret })],
      { fetch: f.fetch, env: {}, timeoutMs: 1 },
      at,
    );
    expect(out[0]!.verification!.reason).not.toContain(secret);
  });
});
