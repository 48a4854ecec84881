import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('csa_', rand(HEX, 30), rand(ALNUM, 6));
  return {
    'cloudsmith-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `CLOUDSMITH_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('csa_', rand(HEX, 20))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
