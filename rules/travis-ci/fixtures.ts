import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(BASE64URL, 22);
  const [a, b, c] = [make(), make(), make()];
  return {
    'travis-ci-api-token': {
      truePositives: [
        { text: `TRAVIS_API_TOKEN=${a}`, secret: a },
        { text: `export TRAVIS_API_TOKEN="${b}"`, secret: b },
        { text: `env:\n  TRAVIS_API_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `TRAVIS_API_TOKEN=abc12` },
        { text: `TRAVIS_API_TOKEN=${'$'}{TRAVIS_API_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
