import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiToken = (): string => join('ucat_', rand(ALNUM, 26));
  return {
    'upcloud-api-token': (() => {
      const [a, b, c] = [apiToken(), apiToken(), apiToken()];
      return {
        truePositives: [
          { text: `UPCLOUD_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('ucat_', rand(ALNUM, 14))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
