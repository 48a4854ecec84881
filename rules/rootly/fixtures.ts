import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('rootly_', rand(HEX, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join('rootly_', rand(HEX, 61));
  return {
    'rootly-api-key': {
      truePositives: [
        { text: `ROOTLY_API_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
