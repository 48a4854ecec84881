import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('AQVN', rand(BASE64URL, 36));
  const [a, b, c] = [make(), make(), make()];
  const short = join('AQVN', rand(BASE64URL, 34));
  return {
    'yandex-cloud-api-key': {
      truePositives: [
        { text: `YC_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
