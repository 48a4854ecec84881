import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('EXO', rand(HEX, 24));
  return {
    'exoscale-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `EXOSCALE_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('EXO', rand(HEX, 16))}"` },
          { text: `ref = "Q${a}"` },
          { text: `EXOPLANETDISCOVERYPIPELINEV = 1` },
        ],
      };
    })(),
  };
}
