import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(HEX, 40);
  return {
    'hunter-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `HUNTER_API_KEY=${a}`, secret: a },
          { text: `hunter_io_key: "${b}"`, secret: b },
          { text: `hunterApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `HUNTER_API_KEY=\${HUNTER_API_KEY}` },
          { text: `HUNTER_API_KEY=<your-hunter-key>` },
        ],
      };
    })(),
  };
}
