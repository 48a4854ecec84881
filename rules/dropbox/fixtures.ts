import { BASE64URL, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('sl.u.', rand(BASE64URL, 160));
  const [a, b, c] = [make(), make(), make()];
  const short = join('sl.u.', rand(BASE64URL, 40));
  return {
    'dropbox-access-token': {
      truePositives: [
        { text: `DROPBOX_ACCESS_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
