import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const astraToken = (): string => join('AstraCS:', rand(ALNUM, 24), ':', rand(HEX, 64));
  return {
    'datastax-astra-token': (() => {
      const [a, b, c] = [astraToken(), astraToken(), astraToken()];
      return {
        truePositives: [
          { text: `ASTRA_DB_APPLICATION_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('AstraCS:', rand(ALNUM, 24), ':', rand(HEX, 40))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
