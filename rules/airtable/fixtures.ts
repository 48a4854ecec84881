import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('pat', rand(ALNUM, 14), '.', rand(HEX, 64));
  const [a, b, c] = [make(), make(), make()];
  const short = join('pat', rand(ALNUM, 14), '.', rand(HEX, 61));
  return {
    'airtable-personal-access-token': {
      truePositives: [
        { text: `AIRTABLE_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
