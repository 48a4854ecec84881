import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(LOWER + DIGITS, 20);
  return {
    'finnhub-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `FINNHUB_API_KEY=${a}`, secret: a },
          { text: `finnhub_token: "${b}"`, secret: b },
          { text: `finnhubKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `FINNHUB_API_KEY=\${FINNHUB_API_KEY}` },
          { text: `FINNHUB_API_KEY=<your-finnhub-key>` },
        ],
      };
    })(),
  };
}
