import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('odt_', rand(ALNUM, 48));
  const [a, b, c] = [make(), make(), make()];
  const short = join('odt_', rand(ALNUM, 31));
  return {
    'dependency-track-api-key': {
      truePositives: [
        { text: `DTRACK_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
