import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'amplitude-secret-key': {
      truePositives: [
        { text: `AMPLITUDE_SECRET_KEY=${a}`, secret: a },
        { text: `export AMPLITUDE_SECRET_KEY="${b}"`, secret: b },
        { text: `env:\n  AMPLITUDE_SECRET_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `AMPLITUDE_SECRET_KEY=abc12` },
        { text: `AMPLITUDE_SECRET_KEY=${'$'}{AMPLITUDE_SECRET_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
