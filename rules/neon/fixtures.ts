import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('napi_', rand(LOWER + DIGITS, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join('napi_', rand(LOWER + DIGITS, 61));
  return {
    'neon-api-key': {
      truePositives: [
        { text: `NEON_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
