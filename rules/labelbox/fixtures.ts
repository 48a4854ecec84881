import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('lbx_', rand(ALNUM, 42), 'Q');
  return {
    'labelbox-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `LABELBOX_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('lbx_', rand(ALNUM, 30))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
