import { BASE64, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(BASE64, 64);
  return {
    'couchbase-capella-api-secret': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `CAPELLA_API_KEY_SECRET=${a}`, secret: a },
          { text: `couchbase_api_secret: "${b}"`, secret: b },
          { text: `capellaSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `CAPELLA_API_KEY_SECRET=\${CAPELLA_API_KEY_SECRET}` },
          { text: `CAPELLA_API_KEY_SECRET=<your-couchbase-key>` },
        ],
      };
    })(),
  };
}
