import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 40);
  const [a, b, c] = [make(), make(), make()];
  const v1 = (): string => join('wandb_v1_', rand(ALNUM, 77));
  const [v1a, v1b] = [v1(), v1()];
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
    'wandb-api-key-v1': {
      truePositives: [
        { text: `WANDB_API_KEY=${v1a}`, secret: v1a },
        { text: `wandb.login(key="${v1b}")`, secret: v1b },
      ],
      falsePositives: [{ text: `ref = "${join('wandb_v1_', rand(ALNUM, 40))}"` }, { text: `ref = "Q${v1a}"` }],
    },
  };
}
