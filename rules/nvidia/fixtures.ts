import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('nvapi-', rand(BASE64URL, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join('nvapi-', rand(BASE64URL, 61));
  return {
    'nvidia-api-key': {
      truePositives: [
        { text: `NVIDIA_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
