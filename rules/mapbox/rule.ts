import type { Rule } from '../types.js';

// mapbox-secret-token: https://docs.mapbox.com/accounts/guides/tokens/#token-format
//   sk./tk. + base64url JSON header (eyJ1Ijoi = {"u":") + . + 22-character signature.
export const rules: Rule[] = [
  {
    id: 'mapbox-secret-token',
    description:
      'Mapbox secret (`sk.`) or temporary (`tk.`) access token: private scopes such as uploads and token management',
    severity: 'high',
    regex: /\b([st]k\.eyJ1Ijoi[A-Za-z0-9_-]{50,300}\.[A-Za-z0-9_-]{22})(?:[^A-Za-z0-9_-]|$)/,
    keywords: ['sk.eyj1ijoi', 'tk.eyj1ijoi'],
    entropy: 3,
    tags: ['mapbox', 'maps', 'api-key'],
  },
];
