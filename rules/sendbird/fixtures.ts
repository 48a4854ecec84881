import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 40);
  const [a, b, c] = [make(), make(), make()];
  return {
    'sendbird-api-token': {
      truePositives: [
        { text: `SENDBIRD_API_TOKEN=${a}`, secret: a },
        { text: `export SENDBIRD_API_TOKEN="${b}"`, secret: b },
        { text: `env:\n  SENDBIRD_API_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `SENDBIRD_API_TOKEN=abc12` },
        { text: `SENDBIRD_API_TOKEN=${'$'}{SENDBIRD_API_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
