import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join(rand(ALNUM, 11), '.', rand(ALNUM, 43));
  return {
    'kagi-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `KAGI_API_KEY=${a}`, secret: a },
          { text: `kagi_token: "${b}"`, secret: b },
          { text: `kagiApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `KAGI_API_KEY=\${KAGI_API_KEY}` },
          { text: `KAGI_API_KEY=<your-kagi-key>` },
        ],
      };
    })(),
  };
}
