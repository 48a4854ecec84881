import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('sk-', rand(ALNUM, 48));
  return {
    'moonshot-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `MOONSHOT_API_KEY=${a}`, secret: a },
          { text: `kimi_api_key: "${b}"`, secret: b },
          { text: `moonshotKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `MOONSHOT_API_KEY=\${MOONSHOT_API_KEY}` },
          { text: `MOONSHOT_API_KEY=<your-moonshot-key>` },
        ],
      };
    })(),
  };
}
