import { DIGITS, join, rand, UPPER } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('SCW', rand(UPPER + DIGITS, 17));
  const [a, b, c] = [make(), make(), make()];
  const short = join('SCW', rand(UPPER + DIGITS, 14));
  return {
    'scaleway-access-key': {
      truePositives: [
        { text: `SCW_ACCESS_KEY=${a}`, secret: a },
        { text: `{"scaleway": {"access_key": "${b}"}}`, secret: b },
        { text: `# Scaleway\nclient = Client(access_key='${c}')`, secret: c },
      ],
      falsePositives: [
        { text: `scaleway: ref = "${short}"` },
        { text: `scaleway: ref = "Q${a}"` },
        { text: `ref = "${b}"` },
      ],
    },
  };
}
