import { DIGITS, LOWER, UPPER, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('rpa_', rand(UPPER + DIGITS, 40), rand(LOWER + DIGITS, 6));
  return {
    'runpod-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `RUNPOD_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('rpa_', rand(UPPER + DIGITS, 30))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
