import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const accessKey = (): string => rand(ALNUM, 20);
  return {
    'browserstack-access-key': (() => {
      const [a, b, c] = [accessKey(), accessKey(), accessKey()];
      return {
        truePositives: [
          { text: `BROWSERSTACK_ACCESS_KEY=${a}`, secret: a },
          { text: `browserstack_key: "${b}"`, secret: b },
          { text: `browserStackAccessKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `BROWSERSTACK_ACCESS_KEY=\${BROWSERSTACK_ACCESS_KEY}` },
          { text: `BROWSERSTACK_ACCESS_KEY=<your-browserstack-key>` },
        ],
      };
    })(),
  };
}
