import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const llamacloudApiKey = (): string => join('llx-', rand(ALNUM, 48));
  return {
    'llamacloud-api-key': (() => {
      const [a, b, c] = [llamacloudApiKey(), llamacloudApiKey(), llamacloudApiKey()];
      return {
        truePositives: [
          { text: `LLAMA_CLOUD_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('llx-', rand(ALNUM, 30))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
