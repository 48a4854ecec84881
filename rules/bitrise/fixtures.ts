import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(BASE64URL, 86);
  return {
    'bitrise-access-token': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `BITRISE_ACCESS_TOKEN=${a}`, secret: a },
          { text: `bitrise_api_token: "${b}"`, secret: b },
          { text: `bitrisePersonalAccessToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `BITRISE_ACCESS_TOKEN=\${BITRISE_ACCESS_TOKEN}` },
          { text: `BITRISE_ACCESS_TOKEN=<your-bitrise-key>` },
        ],
      };
    })(),
  };
}
