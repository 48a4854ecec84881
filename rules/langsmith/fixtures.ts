import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('lsv2_pt_', rand(HEX, 32), '_', rand(HEX, 10));
  const [a, b, c] = [make(), make(), make()];
  const short = join('lsv2_pt_', rand(HEX, 32), '_', rand(HEX, 7));
  return {
    'langsmith-api-key': {
      truePositives: [
        { text: `LANGSMITH_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
