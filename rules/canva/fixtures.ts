import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const clientSecret = (): string => join('cnvca', rand(ALNUM, 51));
  return {
    'canva-client-secret': (() => {
      const [a, b, c] = [clientSecret(), clientSecret(), clientSecret()];
      return {
        truePositives: [
          { text: `CANVA_CLIENT_SECRET=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('cnvca', rand(ALNUM, 30))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
