import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');
  const [a, b, c] = [make(), make(), make()];
  return {
    'opsgenie-api-key': {
      truePositives: [
        { text: `OPSGENIE_API_KEY=${a}`, secret: a },
        { text: `export OPSGENIE_API_KEY="${b}"`, secret: b },
        { text: `env:\n  OPSGENIE_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `OPSGENIE_API_KEY=abc12` },
        { text: `OPSGENIE_API_KEY=${'$'}{OPSGENIE_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
