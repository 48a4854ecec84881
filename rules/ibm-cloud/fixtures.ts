import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(ALNUM, 44);
  return {
    'ibm-cloud-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `IBMCLOUD_API_KEY=${a}`, secret: a },
          { text: `ibm_cloud_api_key: "${b}"`, secret: b },
          { text: `ibmApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `IBMCLOUD_API_KEY=\${IBMCLOUD_API_KEY}` },
          { text: `IBMCLOUD_API_KEY=<your-ibm-cloud-key>` },
        ],
      };
    })(),
  };
}
