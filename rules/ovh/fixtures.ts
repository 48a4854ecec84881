import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const applicationSecret = (): string => rand(ALNUM, 32);
  return {
    'ovh-application-secret': (() => {
      const [a, b, c] = [applicationSecret(), applicationSecret(), applicationSecret()];
      return {
        truePositives: [
          { text: `OVH_APPLICATION_SECRET=${a}`, secret: a },
          { text: `ovh_consumer_key: "${b}"`, secret: b },
          { text: `ovhAppSecret = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `OVH_APPLICATION_SECRET=\${OVH_APPLICATION_SECRET}` },
          { text: `OVH_APPLICATION_SECRET=<your-ovh-key>` },
        ],
      };
    })(),
  };
}
