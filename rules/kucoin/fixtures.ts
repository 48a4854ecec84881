import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiSecret = (): string => [8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-');
  return {
    'kucoin-api-secret': (() => {
      const [a, b, c] = [apiSecret(), apiSecret(), apiSecret()];
      return {
        truePositives: [
          { text: `KUCOIN_API_SECRET=${a}`, secret: a },
          { text: `kucoin_secret: "${b}"`, secret: b },
          { text: `kucoinApiSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `KUCOIN_API_SECRET=\${KUCOIN_API_SECRET}` },
          { text: `KUCOIN_API_SECRET=<your-kucoin-key>` },
        ],
      };
    })(),
  };
}
