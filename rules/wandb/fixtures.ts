import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 40);
  const [a, b, c] = [make(), make(), make()];
  return {
    'wandb-api-key': {
      truePositives: [
        { text: `WANDB_API_KEY=${a}`, secret: a },
        { text: `export WANDB_API_KEY="${b}"`, secret: b },
        { text: `env:\n  WANDB_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `WANDB_API_KEY=abc12` },
        { text: `WANDB_API_KEY=${'$'}{WANDB_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
