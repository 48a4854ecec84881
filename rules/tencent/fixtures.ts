import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('AKID', rand(ALNUM, 32));
  const [a, b, c] = [make(), make(), make()];
  const short = join('AKID', rand(ALNUM, 29));
  return {
    'tencent-cloud-secret-id': {
      truePositives: [
        { text: `TENCENTCLOUD_SECRET_ID=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
