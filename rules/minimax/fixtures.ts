import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('sk-api-', rand(ALNUM, 119));
  return {
    'minimax-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `MINIMAX_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('sk-api-', rand(ALNUM, 60))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
