import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(BASE64URL, 64);
  const [a, b, c] = [make(), make(), make()];
  return {
    'auth0-client-secret': {
      truePositives: [
        { text: `AUTH0_CLIENT_SECRET=${a}`, secret: a },
        { text: `export AUTH0_CLIENT_SECRET="${b}"`, secret: b },
        { text: `env:\n  AUTH0_CLIENT_SECRET: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `AUTH0_CLIENT_SECRET=abc12` },
        { text: `AUTH0_CLIENT_SECRET=${'$'}{AUTH0_CLIENT_SECRET}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
