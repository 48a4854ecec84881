import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('pk_', rand(HEX, 34));
  const [a, b, c] = [make(), make(), make()];
  const short = join('pk_', rand(HEX, 31));
  return {
    'klaviyo-private-api-key': {
      truePositives: [
        { text: `KLAVIYO_PRIVATE_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
