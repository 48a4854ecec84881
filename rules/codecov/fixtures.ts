import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => [rand(HEX, 8), rand(HEX, 4), rand(HEX, 4), rand(HEX, 4), rand(HEX, 12)].join('-');
  const [a, b, c] = [make(), make(), make()];
  return {
    'codecov-upload-token': {
      truePositives: [
        { text: `CODECOV_TOKEN=${a}`, secret: a },
        { text: `export CODECOV_TOKEN="${b}"`, secret: b },
        { text: `env:\n  CODECOV_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `CODECOV_TOKEN=abc12` },
        { text: `CODECOV_TOKEN=${'$'}{CODECOV_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
