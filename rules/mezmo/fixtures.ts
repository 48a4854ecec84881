import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 32);
  const [a, b, c] = [make(), make(), make()];
  return {
    'mezmo-ingestion-key': {
      truePositives: [
        { text: `MEZMO_INGESTION_KEY=${a}`, secret: a },
        { text: `export MEZMO_INGESTION_KEY="${b}"`, secret: b },
        { text: `env:\n  MEZMO_INGESTION_KEY: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `MEZMO_INGESTION_KEY=abc12` },
        { text: `MEZMO_INGESTION_KEY=${'$'}{MEZMO_INGESTION_KEY}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
