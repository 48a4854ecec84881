import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('hawk.', rand(ALNUM, 20), '.', rand(ALNUM, 20));
  return {
    'stackhawk-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `HAWK_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('hawk.', rand(ALNUM, 20), '.', rand(ALNUM, 12))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
