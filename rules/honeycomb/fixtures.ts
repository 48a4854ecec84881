import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(ALNUM, 22);
  return {
    'honeycomb-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `HONEYCOMB_API_KEY=${a}`, secret: a },
          { text: `honeycomb_write_key: "${b}"`, secret: b },
          { text: `HNY_API_KEY = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `HONEYCOMB_API_KEY=\${HONEYCOMB_API_KEY}` },
          { text: `HONEYCOMB_API_KEY=<your-honeycomb-key>` },
        ],
      };
    })(),
  };
}
