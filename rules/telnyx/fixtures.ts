import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('KEY', rand(ALNUM, 55));
  return {
    'telnyx-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `TELNYX_API_KEY=${a}`, secret: a },
          { text: `telnyx_key: "${b}"`, secret: b },
          { text: `telnyxApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `TELNYX_API_KEY=\${TELNYX_API_KEY}` },
          { text: `TELNYX_API_KEY=<your-telnyx-key>` },
        ],
      };
    })(),
  };
}
