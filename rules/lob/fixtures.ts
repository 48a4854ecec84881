import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('live_', rand(HEX, 35));
  return {
    'lob-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `LOB_API_KEY=${a}`, secret: a },
          { text: `lob_key: "${b}"`, secret: b },
          { text: `lobApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `LOB_API_KEY=\${LOB_API_KEY}` },
          { text: `LOB_API_KEY=<your-lob-key>` },
        ],
      };
    })(),
  };
}
