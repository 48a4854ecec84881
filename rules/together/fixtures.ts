import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 64);
  const [a, b, c] = [make(), make(), make()];
  return {
    'together-api-key': {
      truePositives: [
        { text: `TOGETHER_API_KEY=${a}`, secret: a },
        { text: `export TOGETHER_API_KEY="${b}"`, secret: b },
        { text: `env:\n  TOGETHER_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `TOGETHER_API_KEY=abc12` },
        { text: `TOGETHER_API_KEY=${'$'}{TOGETHER_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
