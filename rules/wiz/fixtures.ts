import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const clientSecret = (): string => rand(ALNUM, 64);
  return {
    'wiz-client-secret': (() => {
      const [a, b, c] = [clientSecret(), clientSecret(), clientSecret()];
      return {
        truePositives: [
          { text: `WIZ_CLIENT_SECRET=${a}`, secret: a },
          { text: `wiz_secret: "${b}"`, secret: b },
          { text: `wizClientSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `WIZ_CLIENT_SECRET=\${WIZ_CLIENT_SECRET}` },
          { text: `WIZ_CLIENT_SECRET=<your-wiz-key>` },
        ],
      };
    })(),
  };
}
