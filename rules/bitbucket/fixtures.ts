import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const dataCenterToken = (): string => join('BBDC-', rand(ALNUM, 44));
  return {
    'bitbucket-data-center-token': (() => {
      const [a, b, c] = [dataCenterToken(), dataCenterToken(), dataCenterToken()];
      return {
        truePositives: [
          { text: `BITBUCKET_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('BBDC-', rand(ALNUM, 20))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
