import { DIGITS, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(UPPER + DIGITS, 36);
  const [a, b, c] = [make(), make(), make()];
  return {
    'vultr-api-key': {
      truePositives: [
        { text: `VULTR_API_KEY=${a}`, secret: a },
        { text: `export VULTR_API_KEY="${b}"`, secret: b },
        { text: `env:\n  VULTR_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `VULTR_API_KEY=abc12` },
        { text: `VULTR_API_KEY=${'$'}{VULTR_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
