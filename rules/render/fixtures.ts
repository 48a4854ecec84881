import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('rnd_', rand(ALNUM, 32));
  const [a, b, c] = [make(), make(), make()];
  const short = join('rnd_', rand(ALNUM, 29));
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
