import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('jina_', rand(ALNUM, 60));
  const [a, b, c] = [make(), make(), make()];
  const short = join('jina_', rand(ALNUM, 57));
  return {
    'jina-api-key': {
      truePositives: [
        { text: `JINA_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
