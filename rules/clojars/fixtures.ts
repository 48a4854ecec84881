import { DIGITS, join, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('CLOJARS_', rand(LOWER + DIGITS, 60));
  const [a, b, c] = [make(), make(), make()];
  const short = join('CLOJARS_', rand(LOWER + DIGITS, 57));
  return {
    'clojars-deploy-token': {
      truePositives: [
        { text: `CLOJARS_PASSWORD=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
