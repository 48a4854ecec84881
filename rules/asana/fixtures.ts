import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const clientSecret = (): string => rand(LOWER + DIGITS, 32);
  return {
    'asana-client-secret': (() => {
      const [a, b, c] = [clientSecret(), clientSecret(), clientSecret()];
      return {
        truePositives: [
          { text: `ASANA_CLIENT_SECRET=${a}`, secret: a },
          { text: `asana_secret: "${b}"`, secret: b },
          { text: `asanaClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `ASANA_CLIENT_SECRET=\${ASANA_CLIENT_SECRET}` },
          { text: `ASANA_CLIENT_SECRET=<your-asana-key>` },
        ],
      };
    })(),
  };
}
