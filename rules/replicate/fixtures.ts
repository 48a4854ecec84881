import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('r8_', rand(ALNUM, 37));
  const [a, b, c] = [make(), make(), make()];
  const short = join('r8_', rand(ALNUM, 34));
  return {
    'replicate-api-token': {
      truePositives: [
        { text: `REPLICATE_API_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
