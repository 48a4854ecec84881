import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('waka_', [8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-'));
  return {
    'wakatime-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `WAKATIME_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('waka_', rand(HEX, 20))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
