import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 64);
  const [a, b, c] = [make(), make(), make()];
  return {
    'sumologic-access-key': {
      truePositives: [
        { text: `SUMO_ACCESS_KEY=${a}`, secret: a },
        { text: `export SUMO_ACCESS_KEY="${b}"`, secret: b },
        { text: `env:\n  SUMO_ACCESS_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `SUMO_ACCESS_KEY=abc12` },
        { text: `SUMO_ACCESS_KEY=${'$'}{SUMO_ACCESS_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
