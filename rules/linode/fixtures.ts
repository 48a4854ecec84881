import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(HEX, 64);
  const [a, b, c] = [make(), make(), make()];
  return {
    'linode-api-token': {
      truePositives: [
        { text: `LINODE_TOKEN=${a}`, secret: a },
        { text: `export LINODE_TOKEN="${b}"`, secret: b },
        { text: `env:\n  LINODE_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `LINODE_TOKEN=abc12` },
        { text: `LINODE_TOKEN=${'$'}{LINODE_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
