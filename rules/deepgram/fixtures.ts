import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 40);
  const [a, b, c] = [make(), make(), make()];
  return {
    'deepgram-api-key': {
      truePositives: [
        { text: `DEEPGRAM_API_KEY=${a}`, secret: a },
        { text: `export DEEPGRAM_API_KEY="${b}"`, secret: b },
        { text: `env:\n  DEEPGRAM_API_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `DEEPGRAM_API_KEY=abc12` },
        { text: `DEEPGRAM_API_KEY=${'$'}{DEEPGRAM_API_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
