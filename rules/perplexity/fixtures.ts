import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('pplx-', rand(ALNUM, 48));
  const [a, b, c] = [make(), make(), make()];
  const short = join('pplx-', rand(ALNUM, 45));
  return {
    'perplexity-api-key': {
      truePositives: [
        { text: `PERPLEXITY_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
