import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

// Credentials on a curl command line: `-u user:password` / `--user` (HTTP basic auth) and an
// `Authorization: Bearer …` header. Scripts, READMEs and CI steps paste working commands.
// https://curl.se/docs/manpage.html#-u  https://curl.se/docs/manpage.html#-H
// The curl anchor keeps `-u` of other tools out; the text between is bounded, so the scan of a
// line stays linear.

const USER = /(?:-u|--user)(?:=|[ \t]{1,4})["']?([^\s"':]{1,64}):/;
const REFERENCE = /^\$|\$\{|\$\(|\{\{|%[A-Z_]+%/;

export const rules: Rule[] = [
  {
    id: 'curl-basic-auth',
    description: 'Password in a curl `-u user:password` / `--user` argument',
    severity: 'high',
    // Groups 1-3: the password, double-quoted, single-quoted or bare.
    regex:
      /\bcurl\b[^\r\n]{0,400}?[ \t](?:-u|--user)(?:=|[ \t]{1,4})(?:"[^"\s:]{1,64}:([^"\r\n]{3,128})"|'[^'\s:]{1,64}:([^'\r\n]{3,128})'|[^\s"'\x60:]{1,64}:([^\s"'\x60]{3,128}))/,
    keywords: ['curl'],
    validate: (secret, match) => !REFERENCE.test(secret) && isRealPassword(secret, USER.exec(match)?.[1] ?? ''),
    tags: ['curl', 'password'],
  },
  {
    id: 'curl-bearer-token',
    description: 'Token in a curl `-H "Authorization: Bearer …"` header',
    severity: 'medium',
    regex:
      /\bcurl\b[^\r\n]{0,400}?[ \t](?:-H|--header)(?:=|[ \t]{1,4})["']?Authorization:[ \t]{0,4}(?:Bearer|Token|token)[ \t]{1,4}([A-Za-z0-9._~+/=-]{20,512})/,
    keywords: ['curl'],
    entropy: 3.5,
    validate: (secret) => !REFERENCE.test(secret),
    tags: ['generic', 'curl', 'access-token'],
  },
];
