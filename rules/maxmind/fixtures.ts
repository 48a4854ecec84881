import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join(rand(ALNUM, 6), '_', rand(ALNUM, 29), '_mmk');
  const [a, b, c] = [make(), make(), make()];
  const short = join(rand(ALNUM, 6), '_', rand(ALNUM, 20), '_mmk');
  return {
    'maxmind-license-key': {
      truePositives: [
        { text: `MAXMIND_LICENSE_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
