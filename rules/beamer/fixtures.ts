import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('b_', rand(ALNUM, 44));
  return {
    'beamer-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `BEAMER_API_KEY=${a}`, secret: a },
          { text: `beamer_key: "${b}"`, secret: b },
          { text: `beamerApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `BEAMER_API_KEY=\${BEAMER_API_KEY}` },
          { text: `BEAMER_API_KEY=<your-beamer-key>` },
        ],
      };
    })(),
  };
}
