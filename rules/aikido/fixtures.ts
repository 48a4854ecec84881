import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const ciToken = (): string => join('AIK_CI_', rand(ALNUM, 32));
  const clientSecret = (): string => join('AIK_SECRET_', rand(ALNUM, 64));
  return {
    'aikido-ci-token': (() => {
      const [a, b, c] = [ciToken(), ciToken(), ciToken()];
      return {
        truePositives: [
          { text: `AIKIDO_CLIENT_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('AIK_CI_', rand(ALNUM, 16))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
    'aikido-client-secret': (() => {
      const [a, b, c] = [clientSecret(), clientSecret(), clientSecret()];
      return {
        truePositives: [
          { text: `AIKIDO_CLIENT_SECRET=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('AIK_SECRET_', rand(ALNUM, 40))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
