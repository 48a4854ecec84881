import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'mistral-api-key': {
      truePositives: [
        { text: `MISTRAL_API_KEY=${a}`, secret: a },
        { text: `export MISTRAL_API_KEY="${b}"`, secret: b },
        { text: `env:\n  MISTRAL_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `MISTRAL_API_KEY=abc12` },
        { text: `MISTRAL_API_KEY=${'$'}{MISTRAL_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
