import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const asrep = join('$krb5asrep$', '23$', 'svc-sql@ACME.LOCAL:', rand(HEX, 32), '$', rand(HEX, 240));
  const tgs = join('$krb5tgs$', '23$', '*svc-web$ACME.LOCAL$http/web.acme.local*$', rand(HEX, 32), '$', rand(HEX, 320));
  return {
    'kerberos-roastable-hash': {
      truePositives: [
        { text: `${asrep}\n`, secret: asrep, path: 'loot/asrep.txt' },
        { text: `[*] Hash: ${tgs}`, secret: tgs },
      ],
      falsePositives: [
        { text: 'hashcat -m 18200 hashes.txt  # $krb5asrep$ hashes' },
        { text: '$krb5tgs$23$*user$realm$spn*$<checksum>$<edata2>' },
      ],
    },
  };
}
