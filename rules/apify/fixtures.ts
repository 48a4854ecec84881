import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiToken = (): string => join('apify_api_', rand(ALNUM, 36));
  return {
    'apify-api-token': (() => {
      const [a, b, c] = [apiToken(), apiToken(), apiToken()];
      return {
        truePositives: [
          { text: `APIFY_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('apify_api_', rand(ALNUM, 24))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
