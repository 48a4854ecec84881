import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => rand(LOWER + DIGITS, 26);
  return {
    'mattermost-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `MATTERMOST_TOKEN=${a}`, secret: a },
          { text: `mattermost_bot_token: "${b}"`, secret: b },
          { text: `mattermostAccessToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `MATTERMOST_TOKEN=\${MATTERMOST_TOKEN}` },
          { text: `MATTERMOST_TOKEN=<your-mattermost-key>` },
        ],
      };
    })(),
  };
}
