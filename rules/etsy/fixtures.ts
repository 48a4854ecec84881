import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(LOWER + DIGITS, 24);
  return {
    'etsy-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `ETSY_API_KEY=${a}`, secret: a },
          { text: `etsy_keystring: "${b}"`, secret: b },
          { text: `etsyApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `ETSY_API_KEY=\${ETSY_API_KEY}` },
          { text: `ETSY_API_KEY=<your-etsy-key>` },
        ],
      };
    })(),
  };
}
