import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(ALNUM, 32);
  return {
    'box-api-token': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `BOX_DEVELOPER_TOKEN=${a}`, secret: a },
          { text: `box_client_secret: "${b}"`, secret: b },
          { text: `boxAccessToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `BOX_DEVELOPER_TOKEN=\${BOX_DEVELOPER_TOKEN}` },
          { text: `BOX_DEVELOPER_TOKEN=<your-box-key>` },
        ],
      };
    })(),
  };
}
