import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('na1.', rand(ALNUM, 60));
  return {
    'fullstory-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `FULLSTORY_API_KEY=${a}`, secret: a },
          { text: `fs_api_key: "${b}"`, secret: b },
          { text: `fullstoryKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `FULLSTORY_API_KEY=\${FULLSTORY_API_KEY}` },
          { text: `FULLSTORY_API_KEY=<your-fullstory-key>` },
        ],
      };
    })(),
  };
}
