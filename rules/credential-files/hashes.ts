import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

// Password hashes and database users' passwords: an offline-crackable hash is a credential
// where it sits in a file made to hold them (shadow, FTP user files, database dumps).

/**
 * crypt(3) formats (man 5 crypt): bcrypt $2a/b/x/y$, sha512crypt $6$, sha256crypt $5$,
 * md5crypt $1$, Apache apr1, yescrypt $y$, scrypt $7$, argon2 (PHC string format), phpass
 * $P$/$H$, Django's pbkdf2/argon2/bcrypt_sha256 (docs.djangoproject.com/en/stable/topics/auth/passwords/),
 * and MySQL's native `*` + 40 hex.
 */
export const PASSWORD_HASH = [
  String.raw`\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}`,
  String.raw`\$[156]\$(?:rounds=\d{1,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}`,
  String.raw`\$apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}`,
  String.raw`\$(?:y|7|gy)\$[./A-Za-z0-9]{1,120}\$[./A-Za-z0-9]{1,86}\$[./A-Za-z0-9]{43}`,
  String.raw`\$argon2(?:id|i|d)\$v=\d{1,3}\$m=\d{1,9},t=\d{1,4},p=\d{1,3}\$[A-Za-z0-9+/]{11,64}\$[A-Za-z0-9+/]{16,128}`,
  String.raw`\$[PH]\$[./A-Za-z0-9]{31}`,
  String.raw`(?:pbkdf2_sha(?:1|256)|bcrypt_sha256|argon2)\$[^\s'"$]{1,80}\$[^\s'"]{10,200}`,
  String.raw`\*[0-9A-F]{40}`,
].join('|');

const HASH_KEYWORDS = [
  '$2a$',
  '$2b$',
  '$2y$',
  '$2x$',
  '$1$',
  '$5$',
  '$6$',
  '$apr1$',
  '$y$',
  '$7$',
  '$gy$',
  '$argon2',
  '$p$',
  '$h$',
  'pbkdf2_sha',
  'bcrypt_sha256$',
];

export const rules: Rule[] = [
  {
    id: 'unix-password-hash',
    description: 'Password hash in a shadow, master.passwd or FTP user file (user:hash:…): crackable offline',
    severity: 'high',
    path: /(?:^|\/)(?:g?shadow-?|master\.passwd|passwd-?|[\w.-]*\.passwd|proftpdpasswd|ftpd\.passwd|ftpusers\.db\.txt)$/,
    regex: new RegExp(String.raw`^[ \t]{0,8}[^:\s#]{1,64}:(${PASSWORD_HASH}):`, 'm'),
    keywords: HASH_KEYWORDS,
    tags: ['credential-file', 'password-hash'],
  },
  {
    id: 'sql-dump-password-hash',
    description: 'User password hash in a database dump (INSERT rows, COPY data): crackable offline',
    severity: 'medium',
    path: /\.(?:sql|dump|pgdump|mysql)(?:\.txt)?$/i,
    regex: new RegExp(String.raw`(?:['"\t,(]|^)(${PASSWORD_HASH})(?:['"\t,)]|$)`, 'm'),
    keywords: [...HASH_KEYWORDS, 'mysql_native_password'],
    tags: ['credential-file', 'password-hash', 'database'],
  },
  {
    id: 'sql-user-password',
    description:
      'Database user created or changed with a literal password (`IDENTIFIED BY …`, `CREATE ROLE … PASSWORD …`)',
    severity: 'high',
    regex:
      /\b(?:identified[ \t]{1,4}(?:with[ \t]{1,4}\w{1,40}[ \t]{1,4})?by(?:[ \t]{1,4}password)?|(?:create|alter)[ \t]{1,4}(?:user|role)[ \t]{1,4}["\x60]?[\w.@%-]{1,64}["\x60]?[ \t]{1,4}(?:with[ \t]{1,4})?(?:login[ \t]{1,4})?(?:encrypted[ \t]{1,4})?password|set[ \t]{1,4}password[ \t]{1,4}for[ \t]{1,4}[^=\r\n]{1,100}=[ \t]{0,4}password\()[ \t]{0,4}(?:'([^'\r\n]{1,256})'|"([^"\r\n]{1,256})")/i,
    keywords: [
      'identified by',
      'identified with',
      'create user',
      'alter user',
      'create role',
      'alter role',
      'set password',
    ],
    validate: (secret) => isRealPassword(secret),
    tags: ['credential-file', 'database'],
  },
];
