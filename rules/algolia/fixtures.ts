import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'algolia-admin-api-key': {
      truePositives: [
        { text: `ALGOLIA_ADMIN_API_KEY=${a}`, secret: a },
        { text: `export ALGOLIA_ADMIN_API_KEY="${b}"`, secret: b },
        { text: `env:\n  ALGOLIA_ADMIN_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `ALGOLIA_ADMIN_API_KEY=abc12` },
        { text: `ALGOLIA_ADMIN_API_KEY=${'$'}{ALGOLIA_ADMIN_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
