import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const applicationKey = (): string => join('mergify_application_key_', rand(ALNUM, 60));
  return {
    'mergify-application-key': (() => {
      const [a, b, c] = [applicationKey(), applicationKey(), applicationKey()];
      return {
        truePositives: [
          { text: `MERGIFY_TOKEN=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('mergify_application_key_', rand(ALNUM, 20))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
