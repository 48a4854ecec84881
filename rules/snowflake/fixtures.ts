import { BASE64URL, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const gen0 = (): string => rand(BASE64URL, 180);
  return {
    'snowflake-programmatic-access-token': (() => {
      const [a, b, c] = [gen0(), gen0(), gen0()];
      return {
        truePositives: [
          { text: `SNOWFLAKE_TOKEN=${a}`, secret: a },
          { text: `snowflake_pat: "${b}"`, secret: b },
          { text: `snowflakeProgrammaticAccessToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `SNOWFLAKE_TOKEN=\${SNOWFLAKE_TOKEN}` },
          { text: `SNOWFLAKE_TOKEN=<your-snowflake-key>` },
        ],
      };
    })(),
  };
}
