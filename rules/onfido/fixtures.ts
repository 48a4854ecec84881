import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const liveApiToken = (): string => join('api_live.', rand(ALNUM, 11), '.', rand(ALNUM, 32));
  return {
    'onfido-live-api-token': (() => {
      const [a, b, c] = [liveApiToken(), liveApiToken(), liveApiToken()];
      return {
        truePositives: [
          { text: `ONFIDO_API_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('api_live.', rand(ALNUM, 5))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
