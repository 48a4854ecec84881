import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('xai-', rand(ALNUM, 80));
  const [a, b, c] = [make(), make(), make()];
  const short = join('xai-', rand(ALNUM, 77));
  return {
    'xai-api-key': {
      truePositives: [
        { text: `XAI_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
