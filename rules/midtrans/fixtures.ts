import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const serverKey = (): string => join('Mid-server-', rand(ALNUM, 24));
  return {
    'midtrans-server-key': (() => {
      const [a, b, c] = [serverKey(), serverKey(), serverKey()];
      return {
        truePositives: [
          { text: `MIDTRANS_SERVER_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('Mid-server-', rand(ALNUM, 6))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
