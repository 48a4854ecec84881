import { DIGITS, join, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('API-', rand(UPPER + DIGITS, 26));
  const [a, b, c] = [make(), make(), make()];
  const short = join('API-', rand(UPPER + DIGITS, 23));
  return {
    'octopus-deploy-api-key': {
      truePositives: [
        { text: `OCTOPUS_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
