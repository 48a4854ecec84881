import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(HEX, 40);
  return {
    'gitter-access-token': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `GITTER_TOKEN=${a}`, secret: a },
          { text: `gitter_access_token: "${b}"`, secret: b },
          { text: `gitterApiToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `GITTER_TOKEN=\${GITTER_TOKEN}` },
          { text: `GITTER_TOKEN=<your-gitter-key>` },
        ],
      };
    })(),
  };
}
