// Slack's OpenID Connect endpoints as a stand-in: /openid/connect/keys serves the public key
// of a pair made for this test run, and /api/openid.connect.token exchanges a code the test
// registered (standing for a person who consented on slack.com) for an id_token signed with it.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { startStandIn, type StandIn } from './http-standin.js';

export interface Consent {
  /** Claims to put in the token (defaults: the client id as audience, Slack as issuer, 5 minutes). */
  claims: Record<string, unknown>;
  /** Sign with another key than the published one. */
  foreignKey?: boolean;
}

export interface SlackOidcStandIn extends StandIn {
  /** A person consented: this code now exchanges for a token with these claims. */
  consent(code: string, c: Consent): Promise<void>;
}

export async function startSlackOidcStandIn(clientId: string, clientSecret: string): Promise<SlackOidcStandIn> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'standin-1', alg: 'RS256', use: 'sig' };
  const tokens = new Map<string, string>();
  const standIn = await startStandIn([
    ['GET', /^\/openid\/connect\/keys$/, () => ({ json: { keys: [jwk] } })],
    [
      'POST',
      /^\/api\/openid\.connect\.token$/,
      (req) => {
        const p = new URLSearchParams(req.body);
        if (p.get('client_id') !== clientId || p.get('client_secret') !== clientSecret) {
          return { json: { ok: false, error: 'invalid_client_id' } };
        }
        const token = tokens.get(p.get('code') ?? '');
        tokens.delete(p.get('code') ?? '');
        return {
          json: token
            ? { ok: true, access_token: 'xoxp-standin', id_token: token }
            : { ok: false, error: 'invalid_code' },
        };
      },
    ],
  ]);
  return Object.assign(standIn, {
    async consent(code: string, c: Consent) {
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: 'https://slack.com', aud: clientId, iat: now, exp: now + 300, ...c.claims };
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'standin-1' })
        .sign(c.foreignKey ? other.privateKey : privateKey);
      tokens.set(code, token);
    },
  });
}
