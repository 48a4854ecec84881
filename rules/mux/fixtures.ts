import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const tokenSecret = (): string => rand(ALNUM, 75);
  return {
    'mux-token-secret': (() => {
      const [a, b, c] = [tokenSecret(), tokenSecret(), tokenSecret()];
      return {
        truePositives: [
          { text: `MUX_TOKEN_SECRET=${a}`, secret: a },
          { text: `mux_access_token_secret: "${b}"`, secret: b },
          { text: `muxTokenSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `MUX_TOKEN_SECRET=\${MUX_TOKEN_SECRET}` },
          { text: `MUX_TOKEN_SECRET=<your-mux-key>` },
        ],
      };
    })(),
  };
}
