import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiToken = (): string => join('mercury_production_', 'wma', '_', rand(ALNUM, 45), '_yrucrem');
  return {
    'mercury-api-token': (() => {
      const [a, b, c] = [apiToken(), apiToken(), apiToken()];
      return {
        truePositives: [
          { text: `MERCURY_API_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('mercury_production_', 'wma', '_', rand(ALNUM, 45))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
