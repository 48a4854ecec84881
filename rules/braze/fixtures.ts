import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');
  const [a, b, c] = [make(), make(), make()];
  return {
    'braze-rest-api-key': {
      truePositives: [
        { text: `BRAZE_API_KEY=${a}`, secret: a },
        { text: `export BRAZE_API_KEY="${b}"`, secret: b },
        { text: `env:\n  BRAZE_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `BRAZE_API_KEY=abc12` },
        { text: `BRAZE_API_KEY=${'$'}{BRAZE_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
