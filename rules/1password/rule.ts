import type { Rule } from '../types.js';

/**
 * A service account token is `ops_` + the base64url of a JSON object describing the account
 * (`signInAddress`, `email`, `secretKey`, `srpX`, `muk`, …). Decoding it rules out anything
 * that merely starts with `ops_eyJ`.
 */
function isServiceAccountPayload(secret: string): boolean {
  const json = Buffer.from(secret.slice(4).replace(/=+$/, ''), 'base64url').toString('utf8');
  return json.startsWith('{"') && /"(?:secretKey|srpX|muk|signInAddress|deviceUuid)"/.test(json);
}

export const rules: Rule[] = [
  {
    id: '1password-service-account-token',
    description: '1Password service account token (`ops_eyJ…`): reads the vaults it was granted',
    severity: 'critical',
    regex: /\b(ops_eyJ[A-Za-z0-9+/_-]{150,3000}={0,3})(?:[^A-Za-z0-9+/=_-]|$)/,
    keywords: ['ops_eyj'],
    entropy: 4,
    validate: isServiceAccountPayload,
    tags: ['1password', 'secrets-manager'],
  },
  {
    id: '1password-secret-key',
    description: '1Password account Secret Key (`A3-XXXXXX-…`), one half of an account login',
    severity: 'high',
    regex: /\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b/,
    keywords: ['a3-'],
    entropy: 3.8,
    allowlists: [
      {
        // The Secret Key also sits inside every service account token's payload; the token
        // itself is reported, so its decoded copy is not reported again.
        description: 'inside a decoded service account token',
        regexTarget: 'line',
        regexes: [/\\?"(?:srpX|muk|signInAddress)\\?"\s*:/],
      },
    ],
    tags: ['1password', 'secrets-manager'],
  },
];
