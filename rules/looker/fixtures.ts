import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const clientSecret = (): string => rand(ALNUM, 24);
  return {
    'looker-client-secret': (() => {
      const [a, b, c] = [clientSecret(), clientSecret(), clientSecret()];
      return {
        truePositives: [
          { text: `LOOKERSDK_CLIENT_SECRET=${a}`, secret: a },
          { text: `looker_client_secret: "${b}"`, secret: b },
          { text: `lookerClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `LOOKERSDK_CLIENT_SECRET=\${LOOKERSDK_CLIENT_SECRET}` },
          { text: `LOOKERSDK_CLIENT_SECRET=<your-looker-key>` },
        ],
      };
    })(),
  };
}
