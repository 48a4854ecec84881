import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'segment-write-key': {
      truePositives: [
        { text: `SEGMENT_WRITE_KEY=${a}`, secret: a },
        { text: `export SEGMENT_WRITE_KEY="${b}"`, secret: b },
        { text: `env:\n  SEGMENT_WRITE_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `SEGMENT_WRITE_KEY=abc12` },
        { text: `SEGMENT_WRITE_KEY=${'$'}{SEGMENT_WRITE_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
