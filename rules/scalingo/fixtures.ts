import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('tk-us-', rand(BASE64URL, 48));
  const [a, b, c] = [make(), make(), make()];
  const short = join('tk-us-', rand(BASE64URL, 45));
  return {
    'scalingo-api-token': {
      truePositives: [
        { text: `SCALINGO_API_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
