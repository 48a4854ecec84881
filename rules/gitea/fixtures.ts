import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => rand(HEX, 40);
  return {
    'gitea-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `GITEA_TOKEN=${a}`, secret: a },
          { text: `gitea_access_token: "${b}"`, secret: b },
          { text: `FORGEJO_TOKEN = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `GITEA_TOKEN=\${GITEA_TOKEN}` },
          { text: `GITEA_TOKEN=<your-gitea-key>` },
        ],
      };
    })(),
  };
}
