import { BASE64, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('ABSK', rand(BASE64, 132));
  const [a, b, c] = [make(), make(), make()];
  const short = join('ABSK', rand(BASE64, 60));
  return {
    'aws-bedrock-api-key': {
      truePositives: [
        { text: `AWS_BEARER_TOKEN_BEDROCK=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
