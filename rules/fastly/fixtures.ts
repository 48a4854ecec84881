import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(BASE64URL, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'fastly-api-token': {
      truePositives: [
        { text: `FASTLY_API_TOKEN=${a}`, secret: a },
        { text: `export FASTLY_API_TOKEN="${b}"`, secret: b },
        { text: `env:\n  FASTLY_API_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `FASTLY_API_TOKEN=abc12` },
        { text: `FASTLY_API_TOKEN=${'$'}{FASTLY_API_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
