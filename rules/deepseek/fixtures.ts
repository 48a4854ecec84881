import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('sk-', rand(HEX, 32));
  const [a, b, c] = [make(), make(), make()];
  return {
    'deepseek-api-key': {
      truePositives: [
        { text: `DEEPSEEK_API_KEY=${a}`, secret: a },
        { text: `export DEEPSEEK_API_KEY="${b}"`, secret: b },
        { text: `env:\n  DEEPSEEK_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `DEEPSEEK_API_KEY=abc12` },
        { text: `DEEPSEEK_API_KEY=${'$'}{DEEPSEEK_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
