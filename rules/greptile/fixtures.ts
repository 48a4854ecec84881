import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(ALNUM, 48);
  return {
    'greptile-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `GREPTILE_API_KEY=${a}`, secret: a },
          { text: `greptile_key: "${b}"`, secret: b },
          { text: `greptileApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `GREPTILE_API_KEY=\${GREPTILE_API_KEY}` },
          { text: `GREPTILE_API_KEY=<your-greptile-key>` },
        ],
      };
    })(),
  };
}
