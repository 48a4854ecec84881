import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('csk-', rand(LOWER + DIGITS, 48));
  const [a, b, c] = [make(), make(), make()];
  const short = join('csk-', rand(LOWER + DIGITS, 45));
  return {
    'cerebras-api-key': {
      truePositives: [
        { text: `CEREBRAS_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
