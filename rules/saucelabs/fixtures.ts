import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessKey = (): string => [8, 4, 4, 4, 12].map((n) => rand(HEX, n)).join('-');
  return {
    'saucelabs-access-key': (() => {
      const [a, b, c] = [accessKey(), accessKey(), accessKey()];
      return {
        truePositives: [
          { text: `SAUCE_ACCESS_KEY=${a}`, secret: a },
          { text: `sauce_access_key: "${b}"`, secret: b },
          { text: `sauceKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `SAUCE_ACCESS_KEY=\${SAUCE_ACCESS_KEY}` },
          { text: `SAUCE_ACCESS_KEY=<your-saucelabs-key>` },
        ],
      };
    })(),
  };
}
