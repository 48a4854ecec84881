import type { Rule } from '../types.js';
import { isRealPassword } from '../url-credentials/userinfo.js';

// vmware-viserver-password: https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver (Nosey Parker np.vmware.1)
export const rules: Rule[] = [
  {
    id: 'vmware-viserver-password',
    description: 'Password in a PowerCLI `Connect-VIServer … -Password` command (vCenter/ESXi login)',
    severity: 'high',
    regex:
      /\bConnect-VIServer\b[^\r\n]{0,200}?[ \t]-Password[ \t]{1,3}(?:"([^"$\r\n]{3,64})"|'([^'\r\n]{3,64})'|([^\s"'$`][^\s"'`]{2,63}))/i,
    keywords: ['connect-viserver'],
    validate: (secret) => isRealPassword(secret),
    tags: ['vmware', 'infrastructure', 'password'],
  },
];
