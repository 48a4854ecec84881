import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('s-s4t2ud-', rand(HEX, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join('s-s4t2ud-', rand(HEX, 61));
  return {
    'intra42-client-secret': {
      truePositives: [
        { text: `FT_CLIENT_SECRET=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
