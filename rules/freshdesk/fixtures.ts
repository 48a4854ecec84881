import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 20);
  const [a, b, c] = [make(), make(), make()];
  return {
    'freshdesk-api-key': {
      truePositives: [
        { text: `FRESHDESK_API_KEY=${a}`, secret: a },
        { text: `export FRESHDESK_API_KEY="${b}"`, secret: b },
        { text: `env:\n  FRESHDESK_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `FRESHDESK_API_KEY=abc12` },
        { text: `FRESHDESK_API_KEY=${'$'}{FRESHDESK_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
