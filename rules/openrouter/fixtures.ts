import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('sk-or-v1-', rand(HEX, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join('sk-or-v1-', rand(HEX, 61));
  return {
    'openrouter-api-key': {
      truePositives: [
        { text: `OPENROUTER_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
