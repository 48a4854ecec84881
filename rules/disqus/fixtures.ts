import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(ALNUM, 64);
  return {
    'disqus-api-secret': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `DISQUS_API_SECRET=${a}`, secret: a },
          { text: `disqus_secret_key: "${b}"`, secret: b },
          { text: `disqusAccessToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `DISQUS_API_SECRET=\${DISQUS_API_SECRET}` },
          { text: `DISQUS_API_SECRET=<your-disqus-key>` },
        ],
      };
    })(),
  };
}
