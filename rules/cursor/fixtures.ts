import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('key_', rand(HEX, 64));
  return {
    'cursor-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `CURSOR_API_KEY=${a}`, secret: a },
          { text: `cursor_key: "${b}"`, secret: b },
          { text: `cursorApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `CURSOR_API_KEY=\${CURSOR_API_KEY}` },
          { text: `CURSOR_API_KEY=<your-cursor-key>` },
        ],
      };
    })(),
  };
}
