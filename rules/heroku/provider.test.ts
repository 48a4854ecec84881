// Heroku revokes by deleting the OAuth authorization that holds the leaked token, which the
// token finds by listing its user's authorizations. What happens when it is not among them, when
// the token may not list them, and when the authorization is already gone.
import { describe, expect, it } from 'vitest';
import { type Answer, fakeFetch } from '../../test/helpers/fake-fetch.js';
import { ALNUM, join, rand } from '../fixture-kit.js';
import type { ProviderContext } from '../provider.js';
import { heroku } from './provider.js';

const ID = '105a7bfa-34c3-476e-873a-b1ac3fdc12fb';
const revoke = heroku.containment[0]!;

function run(list: (secret: string) => Answer, del: Answer = { status: 200, body: { id: ID } }) {
  const secret = join('HRKU-AA', rand(ALNUM, 58));
  const f = fakeFetch((r) => (r.method === 'DELETE' ? del : list(secret)));
  const ctx: ProviderContext = { fetch: f.fetch, env: {}, timeoutMs: 1000 };
  return { result: revoke.run({ ruleId: 'heroku-api-key', secret }, ctx), sent: f.sent, secret };
}

const holding = (secret: string): Answer => ({
  status: 206,
  body: [{ id: ID, access_token: { token: secret } }],
  headers: { 'next-range': 'id ]105a7bfa..; max=1000' },
});

describe('Heroku revocation', () => {
  it('deletes the authorization holding the key, sending the key only as its own bearer token', async () => {
    const { result, sent, secret } = run(holding);
    expect(await result).toEqual({ outcome: 'done', detail: `Heroku deleted authorization ${ID} (HTTP 200)` });
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET https://api.heroku.com/oauth/authorizations',
      `DELETE https://api.heroku.com/oauth/authorizations/${ID}`,
    ]);
    for (const r of sent) {
      expect(r.headers.authorization).toBe(`Bearer ${secret}`);
      expect(r.url + r.body).not.toContain(secret);
    }
  });

  it('gives a person the task of regenerating the API key when no authorization holds it', async () => {
    const { result, sent } = run(() => ({
      status: 200,
      body: [{ id: ID, access_token: { token: join('HRKU-AA', rand(ALNUM, 58)) } }],
    }));
    const r = await result;
    expect(r.outcome).toBe('task');
    expect(r.detail).toMatch(/API key.*dashboard\.heroku\.com\/account/);
    expect(sent.filter((s) => s.method === 'DELETE')).toEqual([]);
  });

  it('does not trust an authorization id that is not a UUID', async () => {
    const { result, sent } = run((secret) => ({
      status: 200,
      body: [{ id: '../../account', access_token: { token: secret } }],
    }));
    expect((await result).outcome).toBe('task');
    expect(sent.filter((s) => s.method === 'DELETE')).toEqual([]);
  });

  it.each([
    [403, 'task', /refused to list/],
    [401, 'done', /no longer accepts/],
    [429, 'retry', /429/],
    [503, 'retry', /503/],
  ] as const)('answers %s to the listing with %s', async (status, outcome, detail) => {
    const { result } = run(() => ({ status, body: { id: 'forbidden', message: 'no' } }));
    expect(await result).toMatchObject({ outcome, detail: expect.stringMatching(detail) });
  });

  it.each([
    [404, 'done'],
    [403, 'task'],
    [429, 'retry'],
  ] as const)('answers %s to the deletion with %s', async (status, outcome) => {
    const { result } = run(holding, { status, body: { id: 'x', message: 'x' } });
    expect((await result).outcome).toBe(outcome);
  });
});
