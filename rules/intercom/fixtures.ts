import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('dG9rO', rand(BASE64URL, 55));
  const [a, b, c] = [make(), make(), make()];
  return {
    'intercom-access-token': {
      truePositives: [
        { text: `INTERCOM_ACCESS_TOKEN=${a}`, secret: a },
        { text: `export INTERCOM_ACCESS_TOKEN="${b}"`, secret: b },
        { text: `env:\n  INTERCOM_ACCESS_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `INTERCOM_ACCESS_TOKEN=abc12` },
        { text: `INTERCOM_ACCESS_TOKEN=${'$'}{INTERCOM_ACCESS_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
