import { ALNUM, BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('pat.', rand(BASE64URL, 22), '.', rand(ALNUM, 24), '.', rand(ALNUM, 20));
  const [a, b, c] = [make(), make(), make()];
  const short = join('pat.', rand(BASE64URL, 22), '.', rand(ALNUM, 24), '.', rand(ALNUM, 17));
  return {
    'harness-api-key': {
      truePositives: [
        { text: `HARNESS_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
