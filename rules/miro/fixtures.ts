import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('eyJtaXJv', rand(ALNUM, 24), '_', rand(ALNUM, 27));
  return {
    'miro-access-token': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `MIRO_ACCESS_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('eyJtaXJv', rand(ALNUM, 5), '_', rand(ALNUM, 27))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
