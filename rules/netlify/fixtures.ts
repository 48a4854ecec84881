import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('nfp_', rand(ALNUM, 36));
  const [a, b, c] = [make(), make(), make()];
  const short = join('nfp_', rand(ALNUM, 33));
  return {
    'netlify-personal-access-token': {
      truePositives: [
        { text: `NETLIFY_AUTH_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
