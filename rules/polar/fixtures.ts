import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => join('polar_oat_', rand(ALNUM, 43));
  return {
    'polar-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `POLAR_ACCESS_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('polar_oat_', rand(ALNUM, 12))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
