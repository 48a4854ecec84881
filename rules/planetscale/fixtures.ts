import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('pscale_pw_', rand(BASE64URL, 43));
  const [a, b, c] = [make(), make(), make()];
  const short = join('pscale_pw_', rand(BASE64URL, 20));
  return {
    'planetscale-token': {
      truePositives: [
        { text: `DATABASE_PASSWORD=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
