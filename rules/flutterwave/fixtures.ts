import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('FLWSECK-', rand(HEX, 32), '-X');
  const [a, b, c] = [make(), make(), make()];
  const short = join('FLWSECK-', rand(HEX, 29), '-X');
  return {
    'flutterwave-secret-key': {
      truePositives: [
        { text: `FLW_SECRET_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
