import { ALNUM, HEX, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join(rand(HEX, 32), '.', rand(ALNUM, 16));
  return {
    'zhipu-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `ZHIPUAI_API_KEY=${a}`, secret: a },
          { text: `zai_api_key: "${b}"`, secret: b },
          { text: `GLM_API_KEY = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `ZHIPUAI_API_KEY=\${ZHIPUAI_API_KEY}` },
          { text: `ZHIPUAI_API_KEY=<your-zhipu-key>` },
        ],
      };
    })(),
  };
}
