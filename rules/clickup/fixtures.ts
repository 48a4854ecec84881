import { DIGITS, join, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('pk_', rand(DIGITS, 7), '_', rand(UPPER + DIGITS, 32));
  const [a, b, c] = [make(), make(), make()];
  const short = join('pk_', rand(DIGITS, 7), '_', rand(UPPER + DIGITS, 29));
  return {
    'clickup-personal-token': {
      truePositives: [
        { text: `CLICKUP_API_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
