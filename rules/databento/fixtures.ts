import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('db-', rand(ALNUM, 29));
  return {
    'databento-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `DATABENTO_API_KEY=${a}`, secret: a },
          { text: `databento_key: "${b}"`, secret: b },
          { text: `databentoKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `DATABENTO_API_KEY=\${DATABENTO_API_KEY}` },
          { text: `DATABENTO_API_KEY=<your-databento-key>` },
        ],
      };
    })(),
  };
}
