import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('persona_production_', rand(ALNUM, 36));
  return {
    'persona-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `PERSONA_API_KEY=${a}`, secret: a },
          { text: `{"token": "${b}"}`, secret: b },
          { text: `client = Client(credential='${c}')`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${join('persona_production_', rand(ALNUM, 10))}"` },
          { text: `ref = "Q${a}"` },
        ],
      };
    })(),
  };
}
