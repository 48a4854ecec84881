import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 40);
  const [a, b, c] = [make(), make(), make()];
  return {
    'plivo-auth-token': {
      truePositives: [
        { text: `PLIVO_AUTH_TOKEN=${a}`, secret: a },
        { text: `export PLIVO_AUTH_TOKEN="${b}"`, secret: b },
        { text: `env:\n  PLIVO_AUTH_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `PLIVO_AUTH_TOKEN=abc12` },
        { text: `PLIVO_AUTH_TOKEN=${'$'}{PLIVO_AUTH_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
