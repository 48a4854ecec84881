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
    'alibaba-access-key-secret': (() => {
      const make = (): string => rand(ALNUM, 30);
      const [a, b, c] = [make(), make(), make()];
      return {
        truePositives: [
          { text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${a}`, secret: a },
          { text: `alibaba_secret: "${b}"`, secret: b },
          { text: `alibabaAccessKeySecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=\${ALIBABA_CLOUD_ACCESS_KEY_SECRET}` },
          { text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=<your-secret-here>` },
        ],
      };
    })(),
  };
}
