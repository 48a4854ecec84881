import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('endr+', rand(ALNUM, 16));
  return {
    'endorlabs-api-credential': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `ENDOR_API_CREDENTIALS_SECRET=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('endr+', rand(ALNUM, 9))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
