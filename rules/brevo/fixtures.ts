import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('xkeysib-', rand(HEX, 64), '-', rand(ALNUM, 16));
  const [a, b, c] = [make(), make(), make()];
  const short = join('xkeysib-', rand(HEX, 64), '-', rand(ALNUM, 13));
  return {
    'brevo-api-key': {
      truePositives: [
        { text: `BREVO_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
