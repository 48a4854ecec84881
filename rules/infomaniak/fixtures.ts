import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiToken = (): string => rand(ALNUM, 70);
  return {
    'infomaniak-api-token': (() => {
      const [a, b, c] = [apiToken(), apiToken(), apiToken()];
      return {
        truePositives: [
          { text: `INFOMANIAK_API_TOKEN=${a}`, secret: a },
          { text: `infomaniak_token: "${b}"`, secret: b },
          { text: `infomaniakToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `INFOMANIAK_API_TOKEN=\${INFOMANIAK_API_TOKEN}` },
          { text: `INFOMANIAK_API_TOKEN=<your-infomaniak-key>` },
        ],
      };
    })(),
  };
}
