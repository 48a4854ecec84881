import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string =>
    join('sk-lf-', rand(HEX, 8), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 12));
  const [a, b, c] = [make(), make(), make()];
  const short = join(
    'sk-lf-',
    rand(HEX, 8),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 4),
    '-',
    rand(HEX, 9),
  );
  return {
    'langfuse-secret-key': {
      truePositives: [
        { text: `LANGFUSE_SECRET_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
