import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const viserverPassword = (): string => join('Vc', rand(ALNUM, 10), '!');
  return {
    'vmware-viserver-password': (() => {
      const [a, b, c] = [viserverPassword(), viserverPassword(), viserverPassword()];
      return {
        truePositives: [
          { text: `Connect-VIServer -Server 10.20.0.5 -User administrator@vsphere.local -Password ${a}`, secret: a },
          { text: `$null = connect-viserver vc.lab.local -user svc-backup -password "${b}"`, secret: b },
          { text: `Connect-VIServer $esx -User root -Password '${c}' | Out-Null`, secret: c },
        ],
        falsePositives: [
          { text: `Connect-VIServer "$endpoint" -User "$username" -Password "$password" | Out-Null` },
          { text: `Connect-VIServer $ESXiHost -user $ESXiUser -password $ESXipass` },
          { text: `Connect-VIServer vc01 -Credential (Get-Credential)` },
        ],
      };
    })(),
  };
}
