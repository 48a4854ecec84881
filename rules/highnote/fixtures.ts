import { ALNUM, BASE64, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => join('sk_live_', 'a2V5Xz', rand(BASE64, 69));
  return {
    'highnote-secret-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `HIGHNOTE_API_KEY=${a}`, secret: a },
          { text: `highnote_secret_key: "${b}"`, secret: b },
          { text: `highnoteSecretKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `HIGHNOTE_API_KEY=\${HIGHNOTE_API_KEY}` },
          { text: `HIGHNOTE_API_KEY=<your-highnote-key>` },
          { text: `ref = "${join('sk_live_a2V5Xz', rand(ALNUM, 10))}"` },
        ],
      };
    })(),
  };
}
