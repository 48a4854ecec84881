import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(LOWER + DIGITS, 31);
  const [a, b, c] = [make(), make(), make()];
  return {
    'bigcommerce-access-token': {
      truePositives: [
        { text: `BIGCOMMERCE_ACCESS_TOKEN=${a}`, secret: a },
        { text: `export BIGCOMMERCE_ACCESS_TOKEN="${b}"`, secret: b },
        { text: `env:\n  BIGCOMMERCE_ACCESS_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `BIGCOMMERCE_ACCESS_TOKEN=abc12` },
        { text: `BIGCOMMERCE_ACCESS_TOKEN=${'$'}{BIGCOMMERCE_ACCESS_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
