import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('up_', rand(ALNUM, 44));
  return {
    'upstage-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `UPSTAGE_API_KEY=${a}`, secret: a },
          { text: `upstage_key: "${b}"`, secret: b },
          { text: `upstageApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `UPSTAGE_API_KEY=\${UPSTAGE_API_KEY}` },
          { text: `UPSTAGE_API_KEY=<your-upstage-key>` },
        ],
      };
    })(),
  };
}
