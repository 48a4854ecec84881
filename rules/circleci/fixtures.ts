import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('CCIPAT_', rand(ALNUM, 22), '_', rand(HEX, 40));
  const [a, b, c] = [make(), make(), make()];
  const short = join('CCIPAT_', rand(ALNUM, 22), '_', rand(HEX, 37));
  return {
    'circleci-token': {
      truePositives: [
        { text: `CIRCLECI_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
