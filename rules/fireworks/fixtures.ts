import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('fw_', rand(ALNUM, 24));
  const [a, b, c] = [make(), make(), make()];
  const short = join('fw_', rand(ALNUM, 21));
  return {
    'fireworks-api-key': {
      truePositives: [
        { text: `FIREWORKS_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
