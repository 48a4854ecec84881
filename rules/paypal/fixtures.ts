import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(BASE64URL, 80);
  const [a, b, c] = [make(), make(), make()];
  return {
    'paypal-client-secret': {
      truePositives: [
        { text: `PAYPAL_CLIENT_SECRET=${a}`, secret: a },
        { text: `export PAYPAL_CLIENT_SECRET="${b}"`, secret: b },
        { text: `env:\n  PAYPAL_CLIENT_SECRET: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `PAYPAL_CLIENT_SECRET=abc12` },
        { text: `PAYPAL_CLIENT_SECRET=${'$'}{PAYPAL_CLIENT_SECRET}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
