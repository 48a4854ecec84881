import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(BASE64URL, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'alchemy-api-key': {
      truePositives: [
        { text: `ALCHEMY_API_KEY=${a}`, secret: a },
        { text: `export ALCHEMY_API_KEY="${b}"`, secret: b },
        { text: `env:\n  ALCHEMY_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `ALCHEMY_API_KEY=abc12` },
        { text: `ALCHEMY_API_KEY=${'$'}{ALCHEMY_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
