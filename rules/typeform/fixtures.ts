import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('tfp_', rand(BASE64URL, 59));
  const [a, b, c] = [make(), make(), make()];
  const short = join('tfp_', rand(BASE64URL, 56));
  return {
    'typeform-personal-access-token': {
      truePositives: [
        { text: `TYPEFORM_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
