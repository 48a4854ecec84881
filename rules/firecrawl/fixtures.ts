import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('fc-', rand(HEX, 32));
  return {
    'firecrawl-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `FIRECRAWL_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('fc-', rand(HEX, 24))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
