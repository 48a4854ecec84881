// Stripe's v2 API keys endpoints (as the SDKs' v2.iam.api_key types document them) and
// GET /v1/balance, for the app-managed roll and rotation: the app key lists, reads, rotates and
// expires keys; a rotated secret key comes back only as `secret_key.encrypted_secret`, a JWE
// compact string (RSA-OAEP-256, A256GCM) to the public key sent with the request; test-mode
// keys also carry the plaintext `token`. An expired key gets 401 api_key_expired.
import { constants, createCipheriv, publicEncrypt, randomBytes } from 'node:crypto';
import { ALNUM, join, rand } from '../../rules/fixture-kit.js';
import { type StandIn, startStandIn } from './http-standin.js';

export interface StripeKey {
  id: string;
  name: string;
  livemode: boolean;
  status: 'active' | 'expired';
  secret: string;
}

export interface StripeV2StandIn extends StandIn {
  appKey: string;
  keys: Map<string, StripeKey>;
  /** A new active secret key named `name` (built at run time, never a literal). */
  issue(name: string, livemode?: boolean): StripeKey;
}

function jwe(plaintext: string, publicPem: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })).toString('base64url');
  const cek = randomBytes(32);
  const iv = randomBytes(12);
  const key = publicEncrypt({ key: publicPem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, cek);
  const c = createCipheriv('aes-256-gcm', cek, iv);
  c.setAAD(Buffer.from(header, 'ascii'));
  const data = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return [header, key, iv, data, c.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export async function startStripeV2StandIn(): Promise<StripeV2StandIn> {
  const appKey = join('rk_live_', rand(ALNUM, 24));
  const keys = new Map<string, StripeKey>();
  const issue = (name: string, livemode = true): StripeKey => {
    const k: StripeKey = {
      id: `apikey_${rand(ALNUM, 14)}`,
      name,
      livemode,
      status: 'active',
      secret: join(livemode ? 'sk_live_' : 'sk_test_', '51', rand(ALNUM, 60)),
    };
    keys.set(k.id, k);
    return k;
  };
  const view = (k: StripeKey) => ({
    object: 'v2.iam.api_key',
    id: k.id,
    name: k.name,
    livemode: k.livemode,
    status: k.status,
    type: 'secret_key',
    secret_key: {
      secret_token_redacted: `${k.secret.slice(0, 8)}...${k.secret.slice(-4)}`,
      redacted_token: `${k.secret.slice(0, 8)}...${k.secret.slice(-4)}`,
    },
  });
  const forbidden = { status: 401, json: { error: { type: 'invalid_request_error', code: 'api_key_invalid' } } };
  const app = (h: Record<string, string | string[] | undefined>) => h.authorization === `Bearer ${appKey}`;
  const s = await startStandIn([
    [
      'GET',
      /^\/v2\/iam\/api_keys$/,
      (r) => (app(r.headers) ? { json: { data: [...keys.values()].map(view), next_page_url: null } } : forbidden),
    ],
    [
      'GET',
      /^\/v2\/iam\/api_keys\/([\w-]+)$/,
      (r, [id]) => {
        if (!app(r.headers)) return forbidden;
        const k = keys.get(id!);
        return k ? { json: view(k) } : { status: 404, json: { error: { type: 'not_found' } } };
      },
    ],
    [
      'POST',
      /^\/v2\/iam\/api_keys\/([\w-]+)\/rotate$/,
      (r, [id]) => {
        if (!app(r.headers)) return forbidden;
        const k = keys.get(id!);
        if (k?.status !== 'active') return { status: 404, json: { error: { type: 'not_found' } } };
        const pem = (JSON.parse(r.body || '{}') as { public_key?: { id?: string; pem_key?: { data?: string } } })
          .public_key;
        if (!pem?.pem_key?.data)
          return { status: 400, json: { error: { message: 'public_key is required to rotate secret keys' } } };
        k.status = 'expired';
        const next = issue(k.name, k.livemode);
        return {
          json: {
            ...view(next),
            secret_key: {
              ...view(next).secret_key,
              encrypted_secret: {
                ciphertext: jwe(next.secret, pem.pem_key.data),
                format: 'jwe_compact',
                recipient_key_id: pem.id,
              },
              ...(next.livemode ? {} : { token: next.secret }),
            },
          },
        };
      },
    ],
    [
      'POST',
      /^\/v2\/iam\/api_keys\/([\w-]+)\/expire$/,
      (r, [id]) => {
        if (!app(r.headers)) return forbidden;
        const k = keys.get(id!);
        if (!k) return { status: 404, json: { error: { type: 'not_found' } } };
        k.status = 'expired';
        return { json: view(k) };
      },
    ],
    [
      'GET',
      /^\/v1\/balance$/,
      (r) => {
        const k = [...keys.values()].find((x) => r.headers.authorization === `Bearer ${x.secret}`);
        if (!k)
          return {
            status: 401,
            json: {
              error: { type: 'invalid_request_error', code: 'api_key_invalid', message: 'Invalid API Key provided' },
            },
          };
        if (k.status !== 'active')
          return {
            status: 401,
            json: {
              error: { type: 'invalid_request_error', code: 'api_key_expired', message: 'Expired API Key provided' },
            },
          };
        return { json: { object: 'balance', livemode: k.livemode, available: [], pending: [] } };
      },
    ],
  ]);
  return { ...s, appKey, keys, issue };
}
