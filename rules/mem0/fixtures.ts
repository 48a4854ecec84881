import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const apiKey = (): string => join('m0-', rand(ALNUM, 40));
  return {
    'mem0-api-key': (() => {
      const [a, b, c] = [apiKey(), apiKey(), apiKey()];
      return {
        truePositives: [
          { text: `MEM0_API_KEY=${a}`, secret: a },
          { text: `mem0_key: "${b}"`, secret: b },
          { text: `mem0ApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `MEM0_API_KEY=\${MEM0_API_KEY}` },
          { text: `MEM0_API_KEY=<your-mem0-key>` },
        ],
      };
    })(),
  };
}
