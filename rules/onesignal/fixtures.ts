import { join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('os_v2_app_', rand(LOWER, 112));
  const [a, b, c] = [make(), make(), make()];
  const short = join('os_v2_app_', rand(LOWER, 20));
  return {
    'onesignal-rest-api-key': {
      truePositives: [
        { text: `ONESIGNAL_REST_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
