import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('rdme_', rand(LOWER + DIGITS, 70));
  const [a, b, c] = [make(), make(), make()];
  const short = join('rdme_', rand(LOWER + DIGITS, 67));
  return {
    'readme-api-key': {
      truePositives: [
        { text: `README_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
