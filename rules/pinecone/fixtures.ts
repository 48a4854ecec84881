import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('pcsk_', rand(ALNUM, 6), '_', rand(ALNUM, 63));
  const [a, b, c] = [make(), make(), make()];
  const short = join('pcsk_', rand(ALNUM, 6), '_', rand(ALNUM, 30));
  return {
    'pinecone-api-key': {
      truePositives: [
        { text: `PINECONE_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
