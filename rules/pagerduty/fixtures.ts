import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(BASE64URL, 20);
  const [a, b, c] = [make(), make(), make()];
  return {
    'pagerduty-api-key': {
      truePositives: [
        { text: `PAGERDUTY_TOKEN=${a}`, secret: a },
        { text: `export PAGERDUTY_TOKEN="${b}"`, secret: b },
        { text: `env:\n  PAGERDUTY_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `PAGERDUTY_TOKEN=abc12` },
        { text: `PAGERDUTY_TOKEN=${'$'}{PAGERDUTY_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
