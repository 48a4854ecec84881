import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('zpka_', rand(HEX, 32), '_', rand(HEX, 8));
  return {
    'zuplo-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `ZUPLO_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('zpka_', rand(HEX, 32))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
