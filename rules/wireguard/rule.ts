import type { Rule } from '../types.js';

// wireguard-private-key: https://man7.org/linux/man-pages/man8/wg.8.html#CONFIGURATION_FILE_FORMAT
//   32 bytes in base64: 43 characters and `=`, the last character from [AEIMQUYcgkosw048].
export const rules: Rule[] = [
  {
    id: 'wireguard-private-key',
    description: 'WireGuard private or preshared key in a wg-quick/NetworkManager config (`PrivateKey = …`)',
    severity: 'critical',
    regex:
      /\b(?:PrivateKey|PresharedKey|private-key|preshared-key)[ \t]{0,4}[=:][ \t]{0,4}["\']?([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)/,
    keywords: ['privatekey', 'presharedkey', 'private-key', 'preshared-key'],
    entropy: 3,
    tags: ['wireguard', 'vpn', 'private-key'],
  },
];
