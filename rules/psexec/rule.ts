import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

// psexec-password: https://learn.microsoft.com/en-us/sysinternals/downloads/psexec
export const rules: Rule[] = [
  {
    id: 'psexec-password',
    description: 'Password passed to PsExec on its command line (`psexec \\\\host -u user -p password`)',
    severity: 'high',
    regex: /\bpsexec(?:64)?(?:\.exe)?[ \t][^\r\n]{0,200}[ \t]-p[ \t]{1,4}(?:"([^"\r\n]{1,128})"|([^\s"'\x60]{1,128}))/i,
    keywords: ['psexec'],
    validate: (secret) => isRealPassword(secret),
    tags: ['psexec', 'windows', 'password'],
  },
];
