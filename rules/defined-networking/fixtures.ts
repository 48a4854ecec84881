import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('dnkey-', rand(LOWER + DIGITS, 26), '-', rand(LOWER + DIGITS, 52));
  const [a, b, c] = [make(), make(), make()];
  const short = join('dnkey-', rand(LOWER + DIGITS, 26), '-', rand(LOWER + DIGITS, 49));
  return {
    'defined-networking-api-key': {
      truePositives: [
        { text: `DN_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
