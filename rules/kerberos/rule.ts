import type { Rule } from '../types.js';

// kerberos-roastable-hash: https://hashcat.net/wiki/doku.php?id=example_hashes
//   hashcat modes 18200 (AS-REP), 13100/19600/19700 (TGS-REP), 7500/19800/19900 (pre-auth).
export const rules: Rule[] = [
  {
    id: 'kerberos-roastable-hash',
    description:
      'Kerberos AS-REP or TGS-REP hash (`$krb5asrep$`, `$krb5tgs$`): AS-REP/Kerberoasting output, cracks offline to the account password',
    severity: 'high',
    regex:
      /(\$krb5asrep\$(?:\d{1,2}\$)?[^:$\s]{1,256}:[a-f0-9]{32}\$[a-f0-9]{64,16384}|\$krb5tgs\$\d{1,2}\$\*[^*\s]{1,512}\*\$[a-f0-9]{24,32}\$[a-f0-9]{64,16384}|\$krb5pa\$\d{1,2}\$[^$\s]{1,256}\$[^$\s]{1,256}\$[^$\s]{0,256}\$[a-f0-9]{72,128})/,
    keywords: ['$krb5asrep$', '$krb5tgs$', '$krb5pa$'],
    tags: ['kerberos', 'active-directory', 'password-hash'],
  },
];
