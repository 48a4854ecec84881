import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');
  const [a, b, c] = [make(), make(), make()];
  return {
    'snyk-api-token': {
      truePositives: [
        { text: `SNYK_TOKEN=${a}`, secret: a },
        { text: `export SNYK_TOKEN="${b}"`, secret: b },
        { text: `env:\n  SNYK_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `SNYK_TOKEN=abc12` },
        { text: `SNYK_TOKEN=${'$'}{SNYK_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
