import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const rootKey = (): string => join('unkey_', rand(ALNUM, 24));
  return {
    'unkey-root-key': (() => {
      const [a, b, c] = [rootKey(), rootKey(), rootKey()];
      return {
        truePositives: [
          { text: `UNKEY_ROOT_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [{ text: `ref = "${join('unkey_', rand(ALNUM, 12))}"` }, { text: `ref = "Q${a}"` }],
      };
    })(),
  };
}
