import { BASE64, DIGITS, LOWER, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string =>
    join(
      'sc_',
      rand(LOWER + DIGITS, 12),
      '.',
      rand(LOWER, 4),
      '.acc_',
      rand(LOWER + DIGITS, 16),
      '.',
      rand(BASE64, 64),
    );
  return {
    'authress-service-client-access-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `AUTHRESS_SERVICE_CLIENT_ACCESS_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          {
            text: `ref = "${join('sc_', rand(LOWER, 12), '.', rand(LOWER, 4), '.acc_', rand(LOWER, 16), '.', rand(LOWER, 10))}"`,
          },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
