import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('live_', rand(ALNUM, 30));
  const [a, b, c] = [make(), make(), make()];
  return {
    'mollie-api-key': {
      truePositives: [
        { text: `MOLLIE_API_KEY=${a}`, secret: a },
        { text: `export MOLLIE_API_KEY="${b}"`, secret: b },
        { text: `env:\n  MOLLIE_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `MOLLIE_API_KEY=abc12` },
        { text: `MOLLIE_API_KEY=${'$'}{MOLLIE_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
