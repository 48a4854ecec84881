import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => join('rubygems_', rand(HEX, 48));
  const [a, b, c] = [make(), make(), make()];
  const short = join('rubygems_', rand(HEX, 45));
  return {
    'rubygems-api-key': {
      truePositives: [
        { text: `GEM_HOST_API_KEY=${a}`, secret: a },
        { text: `{"token": "${b}"}`, secret: b },
        { text: `client = Client(credential='${c}')`, secret: c },
      ],
      falsePositives: [{ text: `ref = "${short}"` }, { text: `ref = "Q${a}"` }],
    },
  };
}
