import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const [a, b] = [join('Wnt', rand(ALNUM, 9)), join('Adm', rand(ALNUM, 11))];
  return {
    'psexec-password': {
      truePositives: [
        { text: `psexec \\\\srv01 -u ACME\\admin -p ${a} cmd.exe`, secret: a },
        { text: `PsExec64.exe \\\\10.0.0.5 -s -u administrator -p "${b}" ipconfig`, secret: b, path: 'deploy.bat' },
      ],
      falsePositives: [
        { text: 'psexec \\\\srv01 -u admin -p %PASSWORD% cmd.exe' },
        { text: 'psexec \\\\srv01 -s cmd.exe' },
      ],
    },
  };
}
