import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'openweather-api-key': {
      truePositives: [
        { text: `OPENWEATHER_API_KEY=${a}`, secret: a },
        { text: `export OPENWEATHER_API_KEY="${b}"`, secret: b },
        { text: `env:\n  OPENWEATHER_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `OPENWEATHER_API_KEY=abc12` },
        { text: `OPENWEATHER_API_KEY=${'$'}{OPENWEATHER_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
