import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiToken = (): string => join(rand(ALNUM, 86), '==');
  return {
    'influxdb-api-token': (() => {
      const [a, b, c] = [apiToken(), apiToken(), apiToken()];
      return {
        truePositives: [
          { text: `INFLUX_TOKEN=${a}`, secret: a },
          { text: `influxdb_token: "${b}"`, secret: b },
          { text: `influxToken = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `INFLUX_TOKEN=\${INFLUX_TOKEN}` },
          { text: `INFLUX_TOKEN=<your-influxdb-key>` },
        ],
      };
    })(),
  };
}
