import { ALNUM, BASE64, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('sk_live_', 'a2V5Xz', rand(BASE64, 69));
  return {
    'workos-api-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `WORKOS_API_KEY=${a}`, secret: a },
          { text: `workos_api_key: "${b}"`, secret: b },
          { text: `workosSecretKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `WORKOS_API_KEY=\${WORKOS_API_KEY}` },
          { text: `WORKOS_API_KEY=<your-workos-key>` },
          { text: `ref = "${join('sk_live_a2V5Xz', rand(ALNUM, 10))}"` },
        ],
      };
    })(),
  };
}
