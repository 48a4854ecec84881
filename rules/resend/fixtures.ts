import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('re_', rand(ALNUM, 8), '_', rand(ALNUM, 24));
  const [a, b, c] = [make(), make(), make()];
  const short = join('re_', rand(ALNUM, 8), '_', rand(ALNUM, 21));
  return {
    'resend-api-key': {
      truePositives: [
        { text: `RESEND_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
