import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const authToken = (): string => rand(ALNUM, 372);
  return {
    'aiven-auth-token': (() => {
      const [a, b, c] = [authToken(), authToken(), authToken()];
      return {
        truePositives: [
          { text: `AIVEN_TOKEN=${a}`, secret: a },
          { text: `aiven_auth_token: "${b}"`, secret: b },
          { text: `aivenApiToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `AIVEN_TOKEN=\${AIVEN_TOKEN}` },
          { text: `AIVEN_TOKEN=<your-aiven-key>` },
        ],
      };
    })(),
  };
}
