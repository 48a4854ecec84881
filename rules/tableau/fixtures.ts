import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const personalAccessToken = (): string => join(rand(ALNUM, 22), '==:', rand(ALNUM, 32));
  return {
    'tableau-personal-access-token': (() => {
      const [a, b, c] = [personalAccessToken(), personalAccessToken(), personalAccessToken()];
      return {
        truePositives: [
          { text: `TABLEAU_PAT_SECRET=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join(rand(ALNUM, 22), '==:', rand(ALNUM, 20))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
