import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('token-', rand(LOWER + DIGITS, 5), ':', rand(LOWER + DIGITS, 54));
  const [a, b, c] = [make(), make(), make()];
  const short = join('token-', rand(LOWER + DIGITS, 5), ':', rand(LOWER + DIGITS, 51));
  return {
    'rancher-api-token': {
      truePositives: [
        { text: `RANCHER_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
