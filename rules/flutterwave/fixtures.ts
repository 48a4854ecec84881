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
    'flutterwave-encryption-key': (() => {
      const enc = (): string => join('FLWSECK_TEST', rand(HEX, 12));
      const [d, e, g] = [enc(), enc(), enc()];
      return {
        truePositives: [
          { text: `FLW_ENCRYPTION_KEY=${d}`, secret: d },
          { text: `{"encryptionKey": "${e}"}`, secret: e },
          { text: `const key = '${g}';`, secret: g },
        ],
        falsePositives: [{ text: `ref = "${join('FLWSECK_TEST', rand(HEX, 8))}"` }, { text: `ref = "${d}abc"` }],
      };
    })(),
  };
}
