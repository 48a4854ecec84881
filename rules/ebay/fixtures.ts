import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const clientSecret = (): string =>
    join('PRD-', rand(HEX, 12), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 4));
  return {
    'ebay-client-secret': (() => {
      const [a, b, c] = [clientSecret(), clientSecret(), clientSecret()];
      return {
        truePositives: [
          { text: `EBAY_CLIENT_SECRET=${a}`, secret: a },
          { text: `ebay_cert_id: "${b}"`, secret: b },
          { text: `ebayClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `EBAY_CLIENT_SECRET=\${EBAY_CLIENT_SECRET}` },
          { text: `EBAY_CLIENT_SECRET=<your-ebay-key>` },
        ],
      };
    })(),
  };
}
