import { ALNUM, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(ALNUM, 40);
  return {
    'datagov-api-key': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `DATA_GOV_API_KEY=${a}`, secret: a },
          { text: `datagov_api_key: "${b}"`, secret: b },
          { text: `dataGovKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `DATA_GOV_API_KEY=\${DATA_GOV_API_KEY}` },
          { text: `DATA_GOV_API_KEY=<your-datagov-key>` },
        ],
      };
    })(),
  };
}
