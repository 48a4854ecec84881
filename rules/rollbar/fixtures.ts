import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'rollbar-access-token': {
      truePositives: [
        { text: `ROLLBAR_ACCESS_TOKEN=${a}`, secret: a },
        { text: `export ROLLBAR_ACCESS_TOKEN="${b}"`, secret: b },
        { text: `env:\n  ROLLBAR_ACCESS_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `ROLLBAR_ACCESS_TOKEN=abc12` },
        { text: `ROLLBAR_ACCESS_TOKEN=${'$'}{ROLLBAR_ACCESS_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
