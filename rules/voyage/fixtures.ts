import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('pa-', rand(ALNUM, 43));
  return {
    'voyage-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `VOYAGE_API_KEY=${a}`, secret: a },
          { text: `voyageai_key: "${b}"`, secret: b },
          { text: `voyageApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `VOYAGE_API_KEY=\${VOYAGE_API_KEY}` },
          { text: `VOYAGE_API_KEY=<your-voyage-key>` },
        ],
      };
    })(),
  };
}
