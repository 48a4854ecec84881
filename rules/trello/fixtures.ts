import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 64);
  const [a, b, c] = [make(), make(), make()];
  return {
    'trello-api-token': {
      truePositives: [
        { text: `TRELLO_TOKEN=${a}`, secret: a },
        { text: `export TRELLO_TOKEN="${b}"`, secret: b },
        { text: `env:\n  TRELLO_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `TRELLO_TOKEN=abc12` },
        { text: `TRELLO_TOKEN=${'$'}{TRELLO_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
