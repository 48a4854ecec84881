import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('ico-', rand(ALNUM, 32));
  const [a, b, c] = [make(), make(), make()];
  const short = join('ico-', rand(ALNUM, 29));
  return {
    'infracost-api-key': {
      truePositives: [
        { text: `INFRACOST_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
