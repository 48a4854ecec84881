import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(ALNUM, 36);
  return {
    'sslmate-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `SSLMATE_API_KEY=${a}`, secret: a },
          { text: `certspotter_token: "${b}"`, secret: b },
          { text: `sslmateKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `SSLMATE_API_KEY=\${SSLMATE_API_KEY}` },
          { text: `SSLMATE_API_KEY=<your-sslmate-key>` },
        ],
      };
    })(),
  };
}
