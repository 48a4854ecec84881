import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const ciToken = (): string => rand(ALNUM, 32);
  return {
    'drone-ci-token': (() => {
      const [a, b, c] = [ciToken(), ciToken(), ciToken()];
      return {
        truePositives: [
          { text: `DRONE_TOKEN=${a}`, secret: a },
          { text: `drone_token: "${b}"`, secret: b },
          { text: `droneToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `DRONE_TOKEN=\${DRONE_TOKEN}` },
          { text: `DRONE_TOKEN=<your-drone-key>` },
        ],
      };
    })(),
  };
}
