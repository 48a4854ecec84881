import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => join('live_', rand(ALNUM, 40));
  return {
    'gocardless-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `GOCARDLESS_ACCESS_TOKEN=${a}`, secret: a },
          { text: `gocardless_token: "${b}"`, secret: b },
          { text: `goCardlessToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `GOCARDLESS_ACCESS_TOKEN=\${GOCARDLESS_ACCESS_TOKEN}` },
          { text: `GOCARDLESS_ACCESS_TOKEN=<your-gocardless-key>` },
        ],
      };
    })(),
  };
}
