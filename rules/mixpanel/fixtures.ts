import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'mixpanel-api-secret': {
      truePositives: [
        { text: `MIXPANEL_API_SECRET=${a}`, secret: a },
        { text: `export MIXPANEL_API_SECRET="${b}"`, secret: b },
        { text: `env:\n  MIXPANEL_API_SECRET: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `MIXPANEL_API_SECRET=abc12` },
        { text: `MIXPANEL_API_SECRET=${'$'}{MIXPANEL_API_SECRET}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
