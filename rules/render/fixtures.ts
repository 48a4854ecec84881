import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (n = 28): string => join('rnd_', rand(ALNUM, n));
  const [a, b, c] = [make(), make(), make(32)];
  const short = join('rnd_', rand(ALNUM, 27));
  return {
    'render-api-key': {
      truePositives: [
        { text: `RENDER_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
