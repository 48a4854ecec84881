import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('cs_', rand(HEX, 40));
  const [a, b, c] = [make(), make(), make()];
  const short = join('cs_', rand(HEX, 37));
  return {
    'woocommerce-api-key': {
      truePositives: [
        { text: `WOOCOMMERCE_CONSUMER_SECRET=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
