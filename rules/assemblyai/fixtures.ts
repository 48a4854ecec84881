import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'assemblyai-api-key': {
      truePositives: [
        { text: `ASSEMBLYAI_API_KEY=${a}`, secret: a },
        { text: `export ASSEMBLYAI_API_KEY="${b}"`, secret: b },
        { text: `env:\n  ASSEMBLYAI_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `ASSEMBLYAI_API_KEY=abc12` },
        { text: `ASSEMBLYAI_API_KEY=${'$'}{ASSEMBLYAI_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
