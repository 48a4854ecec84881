import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'infura-api-key': {
      truePositives: [
        { text: `INFURA_API_KEY=${a}`, secret: a },
        { text: `export INFURA_API_KEY="${b}"`, secret: b },
        { text: `env:\n  INFURA_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `INFURA_API_KEY=abc12` },
        { text: `INFURA_API_KEY=${'$'}{INFURA_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
