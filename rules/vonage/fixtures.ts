import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 16);
  const [a, b, c] = [make(), make(), make()];
  return {
    'vonage-api-secret': {
      truePositives: [
        { text: `VONAGE_API_SECRET=${a}`, secret: a },
        { text: `export VONAGE_API_SECRET="${b}"`, secret: b },
        { text: `env:\n  VONAGE_API_SECRET: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `VONAGE_API_SECRET=abc12` },
        { text: `VONAGE_API_SECRET=${'$'}{VONAGE_API_SECRET}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
