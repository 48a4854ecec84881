import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const cloudApiKey = (): string => join('essu_', rand(ALNUM, 80));
  return {
    'elastic-cloud-api-key': (() => {
      const [a, b, c] = [cloudApiKey(), cloudApiKey(), cloudApiKey()];
      return {
        truePositives: [
          { text: `EC_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('essu_', rand(ALNUM, 30))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
