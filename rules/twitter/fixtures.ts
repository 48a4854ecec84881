import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('AAAAAAAAAAAAAAAAAAAAA', 'A', rand(ALNUM, 90));
  const [a, b, c] = [make(), make(), make()];
  const short = join('AAAAAAAAAAAAAAAAAAAAA', 'A', rand(ALNUM, 40));
  return {
    'twitter-bearer-token': {
      truePositives: [
        { text: `TWITTER_BEARER_TOKEN=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
