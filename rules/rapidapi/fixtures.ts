import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const key = (): string => join(rand(HEX, 10), 'msh', rand(HEX, 15), 'p', rand(HEX, 6), 'jsn', rand(HEX, 12));
  return {
    'rapidapi-key': (() => {
      const [a, b, c] = [key(), key(), key()];
      return {
        truePositives: [
          { text: `RAPIDAPI_KEY=${a}`, secret: a },
          { text: `X-RapidAPI-Key: "${b}"`, secret: b },
          { text: `rapid_api_key = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `RAPIDAPI_KEY=\${RAPIDAPI_KEY}` },
          { text: `RAPIDAPI_KEY=<your-rapidapi-key>` },
        ],
      };
    })(),
  };
}
