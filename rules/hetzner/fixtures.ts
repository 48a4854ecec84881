import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const make = (): string => rand(ALNUM, 64);
  const [a, b, c] = [make(), make(), make()];
  return {
    'hetzner-cloud-token': {
      truePositives: [
        { text: `HCLOUD_TOKEN=${a}`, secret: a },
        { text: `export HCLOUD_TOKEN="${b}"`, secret: b },
        { text: `env:\n  HCLOUD_TOKEN: '${c}'\n`, secret: c },
      ],
      falsePositives: [
        { text: `HCLOUD_TOKEN=abc12` },
        { text: `HCLOUD_TOKEN=${'$'}{HCLOUD_TOKEN}` },
        { text: `build_id = "${a}"` },
      ],
    },
  };
}
