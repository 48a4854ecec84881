import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('EZAK', rand(LOWER + DIGITS, 54));
  const [a, b, c] = [make(), make(), make()];
  const short = join('EZAK', rand(LOWER + DIGITS, 51));
  return {
    'easypost-api-key': {
      truePositives: [
        { text: `EASYPOST_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
