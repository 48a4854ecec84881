import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('sgp_', rand(HEX, 16), '_', rand(HEX, 40));
  const [a, b, c] = [make(), make(), make()];
  const short = join('sgp_', rand(HEX, 16), '_', rand(HEX, 37));
  return {
    'sourcegraph-access-token': {
      truePositives: [
        { text: `SRC_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
