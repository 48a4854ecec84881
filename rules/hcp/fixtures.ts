import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const clientSecret = (): string => rand(ALNUM, 64);
  return {
    'hcp-client-secret': (() => {
      const [a, b, c] = [clientSecret(), clientSecret(), clientSecret()];
      return {
        truePositives: [
          { text: `HCP_CLIENT_SECRET=${a}`, secret: a },
          { text: `hcp_client_secret: "${b}"`, secret: b },
          { text: `hcpClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `HCP_CLIENT_SECRET=\${HCP_CLIENT_SECRET}` },
          { text: `HCP_CLIENT_SECRET=<your-hcp-key>` },
        ],
      };
    })(),
  };
}
