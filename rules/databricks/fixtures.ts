import { HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const tok = join('dapi', rand(HEX, 32));
  const upper = join('dapi', rand(HEX, 32).toUpperCase());
  const suffixed = join('dapi', rand(HEX, 32), '-3');
  return {
    'databricks-token': {
      truePositives: [
        { text: `DATABRICKS_TOKEN=${tok}`, secret: tok },
        { text: `[DEFAULT]\nhost = https://adb-1234.azuredatabricks.net\ntoken = ${suffixed}\n`, secret: suffixed },
        { text: `databricks_pat = '${upper}'`, secret: upper },
      ],
      falsePositives: [
        { text: 'DATABRICKS_TOKEN=dapi1234' },
        { text: join('dapi', rand(HEX, 34)) },
        { text: join('my', 'dapi', rand(HEX, 32)) },
        { text: 'See https://docs.databricks.com/aws/en/dev-tools/auth/pat' },
      ],
    },
  };
}
