import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';
import { rules as appConfigs } from './app-configs.js';
import { rules as hashes } from './hashes.js';
import { rules as infra } from './infra.js';
import { rules as keyStores } from './key-stores.js';
import { rules as toolConfigs } from './tool-configs.js';

// Files whose whole purpose is to hold logins, matched by path, one finding per entry.

/** Hash formats htpasswd writes: bcrypt, APR1-MD5, SHA-256/512-crypt, yescrypt, {SHA}, DES crypt. */
const HTPASSWD_HASH = String.raw`\$(?:apr1|2[abxy]?|5|6|y)\$[^\s:]{8,200}|\{SHA\}[A-Za-z0-9+/]{27}=|[./0-9A-Za-z]{13}`;

const loginFiles: Rule[] = [
  {
    id: 'htpasswd-credentials',
    description: 'Apache/nginx .htpasswd entry (user:password-hash): crackable offline, grants HTTP basic auth',
    severity: 'medium',
    path: /(?:^|\/)(?:\.htpasswd[\w.-]*|htpasswd)$/i,
    regex: new RegExp(String.raw`^[ \t]{0,8}([^:\s#]{1,64}):(${HTPASSWD_HASH})[ \t]{0,8}$`, 'm'),
    secretGroup: 2,
    keywords: [':'],
    tags: ['credential-file', 'basic-auth', 'htpasswd'],
  },
  {
    id: 'netrc-credentials',
    description: 'Password in a .netrc / _netrc file (`machine … login … password …`)',
    severity: 'high',
    path: /(?:^|\/)[._]?netrc$/i,
    regex:
      /\b(?:machine\s{1,10}\S{1,253}|default)(?:\s{1,10}(?:login|account|port|protocol)\s{1,10}\S{1,253}){0,4}\s{1,10}password\s{1,10}(\S{1,256})/,
    keywords: ['password'],
    validate: (secret, match) => {
      const login = /\blogin\s+(\S+)/.exec(match)?.[1] ?? '';
      return login.toLowerCase() !== 'anonymous' && isRealPassword(secret, login);
    },
    tags: ['credential-file', 'basic-auth', 'netrc'],
  },
  {
    id: 'git-credentials',
    description: 'Password or token stored by git credential-store in .git-credentials',
    severity: 'high',
    path: /(?:^|\/)\.?git-credentials$/,
    regex: /^[ \t]{0,8}[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:@/]{0,200}):([^\s@/]{1,500})@[^\s/@]{1,253}/m,
    secretGroup: 2,
    keywords: ['://'],
    validate: (secret, match) => isRealPassword(secret, /:\/\/([^:]*):/.exec(match)?.[1] ?? ''),
    tags: ['credential-file', 'basic-auth', 'git'],
  },
  {
    id: 'pgpass-credentials',
    description: 'Password in a PostgreSQL password file (`host:port:database:user:password`)',
    severity: 'high',
    path: /(?:^|\/)(?:\.pgpass|pgpass\.conf)$/i,
    regex: /^[ \t]{0,8}([^:\r\n#]{1,253}):(\*|\d{1,5}):([^:\r\n]{1,100}):([^:\r\n]{1,100}):([^\r\n]{1,256})$/m,
    secretGroup: 5,
    keywords: [':'],
    validate: (secret, match) => isRealPassword(secret, match.split(':')[3] ?? ''),
    tags: ['credential-file', 'database', 'pgpass'],
  },
];

export const rules: Rule[] = [...loginFiles, ...toolConfigs, ...appConfigs, ...hashes, ...infra, ...keyStores];
