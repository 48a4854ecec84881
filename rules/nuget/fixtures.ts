import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('oy2', rand(LOWER + DIGITS, 43));
  const [a, b, c] = [make(), make(), make()];
  const short = join('oy2', rand(LOWER + DIGITS, 40));
  return {
    'nuget-api-key': {
      truePositives: [
        { text: `NUGET_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
