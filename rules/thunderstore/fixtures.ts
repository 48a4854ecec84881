import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('tss_', rand(ALNUM, 40));
  return {
    'thunderstore-api-token': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `TCLI_AUTH_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('tss_', rand(ALNUM, 12))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
