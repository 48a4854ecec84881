import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(ALNUM, 32);
  return {
    'nytimes-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `NYT_API_KEY=${a}`, secret: a },
          { text: `nytimes_key: "${b}"`, secret: b },
          { text: `nytimesApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `NYT_API_KEY=\${NYT_API_KEY}` },
          { text: `NYT_API_KEY=<your-nytimes-key>` },
        ],
      };
    })(),
  };
}
