import { DIGITS, join, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('dt0c01.', rand(UPPER + DIGITS, 24), '.', rand(UPPER + DIGITS, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join('dt0c01.', rand(UPPER + DIGITS, 24), '.', rand(UPPER + DIGITS, 61));
  return {
    'dynatrace-api-token': {
      truePositives: [
        { text: `DT_API_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
