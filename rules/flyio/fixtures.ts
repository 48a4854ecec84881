import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('fo1_', rand(BASE64URL, 43));
  const [a, b, c] = [make(), make(), make()];
  const short = join('fo1_', rand(BASE64URL, 40));
  return {
    'flyio-access-token': {
      truePositives: [
        { text: `FLY_API_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
