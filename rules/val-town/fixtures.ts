import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiToken = (): string => join('vtwn_', rand(ALNUM, 40));
  return {
    'val-town-api-token': (() => {
      const [a, b, c] = [apiToken(), apiToken(), apiToken()];
      return {
        truePositives: [
          { text: `VALTOWN_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('vtwn_', rand(ALNUM, 10))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
