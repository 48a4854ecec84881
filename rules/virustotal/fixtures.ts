import { HEX, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => rand(HEX, 64);
  return {
    'virustotal-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `VIRUSTOTAL_API_KEY=${a}`, secret: a },
          { text: `vt_api_key: "${b}"`, secret: b },
          { text: `virusTotalKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `VIRUSTOTAL_API_KEY=\${VIRUSTOTAL_API_KEY}` },
          { text: `VIRUSTOTAL_API_KEY=<your-virustotal-key>` },
        ],
      };
    })(),
  };
}
