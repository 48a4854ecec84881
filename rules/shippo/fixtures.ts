import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('shippo_live_', rand(HEX, 40));
  const [a, b, c] = [make(), make(), make()];
  const short = join('shippo_live_', rand(HEX, 37));
  return {
    'shippo-api-token': {
      truePositives: [
        { text: `SHIPPO_API_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
