import { DIGITS, LOWER, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessToken = (): string => rand(LOWER + DIGITS, 64);
  return {
    'freshbooks-access-token': (() => {
      const [a, b, c] = [accessToken(), accessToken(), accessToken()];
      return {
        truePositives: [
          { text: `FRESHBOOKS_ACCESS_TOKEN=${a}`, secret: a },
          { text: `freshbooks_token: "${b}"`, secret: b },
          { text: `freshbooksToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `FRESHBOOKS_ACCESS_TOKEN=\${FRESHBOOKS_ACCESS_TOKEN}` },
          { text: `FRESHBOOKS_ACCESS_TOKEN=<your-freshbooks-key>` },
        ],
      };
    })(),
  };
}
