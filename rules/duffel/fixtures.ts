import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('duffel_live_', rand(BASE64URL, 43));
  const [a, b, c] = [make(), make(), make()];
  const short = join('duffel_live_', rand(BASE64URL, 40));
  return {
    'duffel-api-token': {
      truePositives: [
        { text: `DUFFEL_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
