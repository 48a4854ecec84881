import { ALNUM, join, rand } from '../fixture-kit.js';
import type { RuleFixtures } from '../types.js';

export function fixtures(): RuleFixtures {
  const aiApiKey = (): string => join('sk-', rand(ALNUM, 48));
  return {
    'stability-ai-api-key': (() => {
      const [a, b, c] = [aiApiKey(), aiApiKey(), aiApiKey()];
      return {
        truePositives: [
          { text: `STABILITY_API_KEY=${a}`, secret: a },
          { text: `stability_key: "${b}"`, secret: b },
          { text: `stabilityApiKey = '${c}'`, secret: c },
        ],
        falsePositives: [
          { text: `ref = "${a}"` },
          { text: `STABILITY_API_KEY=\${STABILITY_API_KEY}` },
          { text: `STABILITY_API_KEY=<your-stability-key>` },
        ],
      };
    })(),
  };
}
