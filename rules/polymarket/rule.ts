import { assignedTo } from '../generic/assignment.js';
import type { Rule } from '../types.js';

// polymarket-private-key: https://docs.polymarket.com/developers/CLOB/authentication
// polymarket-api-secret: https://docs.polymarket.com/developers/CLOB/authentication
// polymarket-api-passphrase: https://docs.polymarket.com/developers/CLOB/authentication
export const rules: Rule[] = [
  {
    id: 'polymarket-private-key',
    description: 'Polymarket wallet private key (0x and 64 hex) assigned to a Polymarket/POLY private-key setting',
    severity: 'critical',
    regex: assignedTo(String.raw`poly(?:market)?[\w.-]{0,20}?private[_.-]?key`, '0x[a-fA-F0-9]{64}'),
    keywords: ['polymarket', 'poly_private', 'polyprivate'],
    entropy: 3,
    tags: ['polymarket', 'crypto', 'private-key'],
  },
  {
    id: 'polymarket-api-secret',
    description: 'Polymarket CLOB API secret (base64url) assigned to a Polymarket/POLY secret setting',
    severity: 'critical',
    regex: assignedTo(
      String.raw`poly(?:market)?[\w.-]{0,20}?secret`,
      '[A-Za-z0-9+/_-]{40,88}={0,2}',
      '(?:[^A-Za-z0-9+/_=-]|$)',
    ),
    keywords: ['polymarket', 'poly_secret', 'poly_api_secret', 'polysecret', 'polyapisecret'],
    entropy: 3,
    tags: ['polymarket', 'crypto', 'api-key'],
  },
  {
    id: 'polymarket-api-passphrase',
    description:
      'Polymarket CLOB API passphrase (32 or more characters; issued as 64 hex) assigned to a Polymarket/POLY passphrase setting',
    severity: 'high',
    regex: assignedTo(String.raw`poly(?:market)?[\w.-]{0,20}?pass[_.-]?phrase`, '[A-Za-z0-9_-]{32,128}'),
    keywords: ['polymarket', 'poly_passphrase', 'poly_api_passphrase', 'polypassphrase'],
    entropy: 3,
    tags: ['polymarket', 'crypto', 'api-key'],
  },
];
