import { ALNUM, DIGITS, LOWER, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string =>
    join('pdl_live_apikey_', rand(LOWER + DIGITS, 26), '_', rand(ALNUM, 22), '_', rand(ALNUM, 3));
  return {
    'paddle-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `PADDLE_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('pdl_live_apikey_', rand(LOWER + DIGITS, 26), '_', rand(ALNUM, 22))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
