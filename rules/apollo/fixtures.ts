import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(ALNUM, 22);
  return {
    'apollo-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `APOLLO_API_KEY=${a}`, secret: a },
          { text: `apollo_io_api_key: "${b}"`, secret: b },
          { text: `apolloApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `APOLLO_API_KEY=\${APOLLO_API_KEY}` },
          { text: `APOLLO_API_KEY=<your-apollo-key>` },
        ],
      };
    })(),
  };
}
