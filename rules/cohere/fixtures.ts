import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 40);
  const [a, b, c] = [make(), make(), make()];
  return {
    'cohere-api-key': {
      truePositives: [
        { text: `COHERE_API_KEY=${a}`, secret: a },
        { text: `export COHERE_API_KEY="${b}"`, secret: b },
        { text: `env:\n  COHERE_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `COHERE_API_KEY=abc12` },
        { text: `COHERE_API_KEY=${'$'}{COHERE_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
