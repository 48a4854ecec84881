import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(HEX, 80);
  return {
    'abuseipdb-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `ABUSEIPDB_API_KEY=${a}`, secret: a },
          { text: `abuseipdb_key: "${b}"`, secret: b },
          { text: `abuseIpdbKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `ABUSEIPDB_API_KEY=\${ABUSEIPDB_API_KEY}` },
          { text: `ABUSEIPDB_API_KEY=<your-abuseipdb-key>` },
        ],
      };
    })(),
  };
}
