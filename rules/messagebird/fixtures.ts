import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 25);
  const [a, b, c] = [make(), make(), make()];
  return {
    'messagebird-api-key': {
      truePositives: [
        { text: `MESSAGEBIRD_API_KEY=${a}`, secret: a },
        { text: `export MESSAGEBIRD_API_KEY="${b}"`, secret: b },
        { text: `env:\n  MESSAGEBIRD_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `MESSAGEBIRD_API_KEY=abc12` },
        { text: `MESSAGEBIRD_API_KEY=${'$'}{MESSAGEBIRD_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
