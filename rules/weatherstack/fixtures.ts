import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(HEX, 32);
  return {
    'weatherstack-api-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `WEATHERSTACK_API_KEY=${a}`, secret: a },
          { text: `weatherstack_access_key: "${b}"`, secret: b },
          { text: `weatherstackKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `WEATHERSTACK_API_KEY=\${WEATHERSTACK_API_KEY}` },
          { text: `WEATHERSTACK_API_KEY=<your-weatherstack-key>` },
        ],
      };
    })(),
  };
}
