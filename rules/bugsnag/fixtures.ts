import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'bugsnag-api-key': {
      truePositives: [
        { text: `BUGSNAG_API_KEY=${a}`, secret: a },
        { text: `export BUGSNAG_API_KEY="${b}"`, secret: b },
        { text: `env:\n  BUGSNAG_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `BUGSNAG_API_KEY=abc12` },
        { text: `BUGSNAG_API_KEY=${'$'}{BUGSNAG_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
