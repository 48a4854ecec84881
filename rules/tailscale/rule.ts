import type { Rule } from '../types.js';

// `tskey-<kind>-<key id>-<secret>`: kinds include auth, api, client (OAuth), scim and webhook;
// new kinds are accepted. A letter glued in front means a longer identifier, so the prefix may
// only follow a non-letter (digits and `_` are fine: `MY_tskey-…`).
export const rules: Rule[] = [
  {
    id: 'tailscale-key',
    description: 'Tailscale key (auth key, API access token, OAuth client secret, SCIM or webhook key)',
    severity: 'high',
    regex: /(?:^|[^A-Za-z])(tskey-[a-z]{2,16}-[A-Za-z0-9]{6,40}-[A-Za-z0-9]{16,80})(?:[^A-Za-z0-9]|$)/,
    keywords: ['tskey-'],
    entropy: 2,
    tags: ['tailscale', 'network', 'api-key'],
  },
];
