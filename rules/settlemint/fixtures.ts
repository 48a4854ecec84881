import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('sm_pat_', rand(ALNUM, 16));
  const [a, b, c] = [make(), make(), make()];
  const short = join('sm_pat_', rand(ALNUM, 13));
  return {
    'settlemint-token': {
      truePositives: [
        { text: `SETTLEMINT_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
