import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const cloudApiKey = (): string => join('CCDB1_', rand(ALNUM, 22), '_', rand(ALNUM, 40));
  return {
    'cockroachlabs-cloud-api-key': (() => {
      const [a, b, c] = [cloudApiKey(), cloudApiKey(), cloudApiKey()];
      return {
        truePositives: [
          { text: `COCKROACH_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('CCDB1_', rand(ALNUM, 22), '_', rand(ALNUM, 30))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
