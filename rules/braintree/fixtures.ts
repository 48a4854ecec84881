import { DIGITS, HEX, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('access_token$production$', rand(LOWER + DIGITS, 16), '$', rand(HEX, 32));
  const [a, b, c] = [make(), make(), make()];
  const short = join('access_token$production$', rand(LOWER + DIGITS, 16), '$', rand(HEX, 29));
  return {
    'braintree-access-token': {
      truePositives: [
        { text: `BRAINTREE_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
