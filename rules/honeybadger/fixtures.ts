import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('hbp_', rand(ALNUM, 36));
  const [a, b, c] = [make(), make(), make()];
  const short = join('hbp_', rand(ALNUM, 33));
  return {
    'honeybadger-personal-token': {
      truePositives: [
        { text: `HONEYBADGER_PERSONAL_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
