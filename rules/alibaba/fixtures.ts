import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('LTAI', rand(ALNUM, 20));
  const [a, b, c] = [make(), make(), make()];
  const short = join('LTAI', rand(ALNUM, 17));
  return {
    'alibaba-access-key-id': {
      truePositives: [
        { text: `ALIBABA_CLOUD_ACCESS_KEY_ID=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
