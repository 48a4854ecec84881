import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => [8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-');
  return {
    'squarespace-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `SQUARESPACE_API_KEY=${a}`, secret: a },
          { text: `squarespace_token: "${b}"`, secret: b },
          { text: `squarespaceKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `SQUARESPACE_API_KEY=\${SQUARESPACE_API_KEY}` },
          { text: `SQUARESPACE_API_KEY=<your-squarespace-key>` },
        ],
      };
    })(),
  };
}
