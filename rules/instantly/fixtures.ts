import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join(rand(ALNUM, 66), '==');
  return {
    'instantly-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `INSTANTLY_API_KEY=${a}`, secret: a },
          { text: `instantly_key: "${b}"`, secret: b },
          { text: `instantlyApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `INSTANTLY_API_KEY=\${INSTANTLY_API_KEY}` },
          { text: `INSTANTLY_API_KEY=<your-instantly-key>` },
        ],
      };
    })(),
  };
}
