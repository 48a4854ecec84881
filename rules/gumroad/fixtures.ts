import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => rand(HEX, 64);
  return {
    'gumroad-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `GUMROAD_ACCESS_TOKEN=${a}`, secret: a },
          { text: `gumroad_token: "${b}"`, secret: b },
          { text: `gumroadToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `GUMROAD_ACCESS_TOKEN=\${GUMROAD_ACCESS_TOKEN}` },
          { text: `GUMROAD_ACCESS_TOKEN=<your-gumroad-key>` },
        ],
      };
    })(),
  };
}
