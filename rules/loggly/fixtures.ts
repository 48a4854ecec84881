import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');
  const [a, b, c] = [make(), make(), make()];
  return {
    'loggly-customer-token': {
      truePositives: [
        { text: `LOGGLY_TOKEN=${a}`, secret: a },
        { text: `export LOGGLY_TOKEN="${b}"`, secret: b },
        { text: `env:\n  LOGGLY_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `LOGGLY_TOKEN=abc12` },
        { text: `LOGGLY_TOKEN=${'$'}{LOGGLY_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
