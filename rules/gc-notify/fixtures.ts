import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const uuid = (): string =>
    join(rand(HEX, 8), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 4), '-', rand(HEX, 12));
  const gen0 = (): string => join('gcntfy-', 'mykey', '-', uuid(), '-', uuid());
  return {
    'gc-notify-api-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `NOTIFY_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('gcntfy-mykey-', uuid())}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
