import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('secret-', rand(ALNUM, 43));
  const [a, b, c] = [make(), make(), make()];
  const short = join('secret-', rand(ALNUM, 40));
  return {
    'statsig-server-secret': {
      truePositives: [
        { text: `STATSIG_SERVER_SECRET=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
