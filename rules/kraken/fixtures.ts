import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiSecret = (): string => join(rand(ALNUM, 86), '==');
  return {
    'kraken-api-secret': (() => {
      const [a, b, c] = [apiSecret(), apiSecret(), apiSecret()];
      return {
        truePositives: [
          { text: `KRAKEN_API_SECRET=${a}`, secret: a },
          { text: `kraken_private_key: "${b}"`, secret: b },
          { text: `krakenSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `KRAKEN_API_SECRET=\${KRAKEN_API_SECRET}` },
          { text: `KRAKEN_API_SECRET=<your-kraken-key>` },
        ],
      };
    })(),
  };
}
