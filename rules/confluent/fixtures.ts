import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const cloudApiSecret = (): string => rand(ALNUM, 64);
  return {
    'confluent-cloud-api-secret': (() => {
      const [a, b, c] = [cloudApiSecret(), cloudApiSecret(), cloudApiSecret()];
      return {
        truePositives: [
          { text: `CONFLUENT_CLOUD_API_SECRET=${a}`, secret: a },
          { text: `confluent_secret: "${b}"`, secret: b },
          { text: `confluentApiSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `CONFLUENT_CLOUD_API_SECRET=\${CONFLUENT_CLOUD_API_SECRET}` },
          { text: `CONFLUENT_CLOUD_API_SECRET=<your-confluent-key>` },
        ],
      };
    })(),
  };
}
