import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 20);
  const [a, b, c] = [make(), make(), make()];
  return {
    'pusher-app-secret': {
      truePositives: [
        { text: `PUSHER_APP_SECRET=${a}`, secret: a },
        { text: `export PUSHER_APP_SECRET="${b}"`, secret: b },
        { text: `env:\n  PUSHER_APP_SECRET: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `PUSHER_APP_SECRET=abc12` },
        { text: `PUSHER_APP_SECRET=${'$'}{PUSHER_APP_SECRET}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
