import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const ciscoApiKey = (): string => rand(HEX, 40);
  return {
    'cisco-meraki-api-key': (() => {
      const [a, b, c] = [ciscoApiKey(), ciscoApiKey(), ciscoApiKey()];
      return {
        truePositives: [
          { text: `MERAKI_DASHBOARD_API_KEY=${a}`, secret: a },
          { text: `meraki_api_key: "${b}"`, secret: b },
          { text: `merakiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `MERAKI_DASHBOARD_API_KEY=\${MERAKI_DASHBOARD_API_KEY}` },
          { text: `MERAKI_DASHBOARD_API_KEY=<your-meraki-key>` },
        ],
      };
    })(),
  };
}
