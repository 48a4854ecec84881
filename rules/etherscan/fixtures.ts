import { DIGITS, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(UPPER + DIGITS, 34);
  const [a, b, c] = [make(), make(), make()];
  return {
    'etherscan-api-key': {
      truePositives: [
        { text: `ETHERSCAN_API_KEY=${a}`, secret: a },
        { text: `export ETHERSCAN_API_KEY="${b}"`, secret: b },
        { text: `env:\n  ETHERSCAN_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `ETHERSCAN_API_KEY=abc12` },
        { text: `ETHERSCAN_API_KEY=${'$'}{ETHERSCAN_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
